import { api, handleEndpoint } from "@/lib/api";
import { getQualityProfile, updateQualityProfile, deleteQualityProfile } from "@/lib/quality";
import { qualityProfileInUse } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.qualityProfileEndpoints.get, ({ actor, params }) =>
  getQualityProfile(actor, params.id),
);
export const PUT = handleEndpoint(api.qualityProfileEndpoints.put, ({ actor, params, body }) =>
  updateQualityProfile(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.qualityProfileEndpoints.patch, ({ actor, params, body }) =>
  updateQualityProfile(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.qualityProfileEndpoints.remove, async ({ actor, params }) => {
  await deleteQualityProfile(actor, params.id, qualityProfileInUse);
  return { deleted: true as const };
});
