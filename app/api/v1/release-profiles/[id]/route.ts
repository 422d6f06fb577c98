import { api, handleEndpoint } from "@/lib/api";
import { getReleaseProfile, updateReleaseProfile, deleteReleaseProfile } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.releaseProfileEndpoints.get, ({ actor, params }) =>
  getReleaseProfile(actor, params.id),
);
export const PUT = handleEndpoint(api.releaseProfileEndpoints.put, ({ actor, params, body }) =>
  updateReleaseProfile(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.releaseProfileEndpoints.patch, ({ actor, params, body }) =>
  updateReleaseProfile(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.releaseProfileEndpoints.remove, async ({ actor, params }) => {
  await deleteReleaseProfile(actor, params.id);
  return { deleted: true as const };
});
