import { api, handleEndpoint } from "@/lib/api";
import { listReleaseProfiles, createReleaseProfile } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.releaseProfileEndpoints.list, ({ actor }) => listReleaseProfiles(actor));
export const POST = handleEndpoint(api.releaseProfileEndpoints.create, ({ actor, body }) =>
  createReleaseProfile(actor, body),
);
