import { api, handleEndpoint } from "@/lib/api";
import { listQualityProfiles, createQualityProfile } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.qualityProfileEndpoints.list, ({ actor }) => listQualityProfiles(actor));
export const POST = handleEndpoint(api.qualityProfileEndpoints.create, ({ actor, body }) =>
  createQualityProfile(actor, body),
);
