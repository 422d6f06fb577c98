import { api, handleEndpoint } from "@/lib/api";
import { getRequestSettings, updateRequestSettings } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.requestSettingsEndpoint, ({ actor }) => getRequestSettings(actor));
export const PUT = handleEndpoint(api.updateRequestSettingsEndpoints.put, ({ actor, body }) =>
  updateRequestSettings(actor, body),
);
export const PATCH = handleEndpoint(api.updateRequestSettingsEndpoints.patch, ({ actor, body }) =>
  updateRequestSettings(actor, body),
);
