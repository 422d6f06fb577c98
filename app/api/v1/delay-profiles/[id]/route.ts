import { api, handleEndpoint } from "@/lib/api";
import { getDelayProfile, updateDelayProfile, deleteDelayProfile } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.delayProfileEndpoints.get, ({ actor, params }) =>
  getDelayProfile(actor, params.id),
);
export const PUT = handleEndpoint(api.delayProfileEndpoints.put, ({ actor, params, body }) =>
  updateDelayProfile(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.delayProfileEndpoints.patch, ({ actor, params, body }) =>
  updateDelayProfile(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.delayProfileEndpoints.remove, async ({ actor, params }) => {
  await deleteDelayProfile(actor, params.id);
  return { deleted: true as const };
});
