import { api, handleEndpoint } from "@/lib/api";
import { getAutomationSettings, updateAutomationSettings } from "@/lib/automation";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.automationSettingsEndpoint, async ({ actor }) => getAutomationSettings(actor));
export const PUT = handleEndpoint(api.updateAutomationSettingsEndpoints.put, async ({ actor, body }) =>
  updateAutomationSettings(actor, body),
);
export const PATCH = handleEndpoint(api.updateAutomationSettingsEndpoints.patch, async ({ actor, body }) =>
  updateAutomationSettings(actor, body),
);
