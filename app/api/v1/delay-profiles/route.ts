import { api, handleEndpoint } from "@/lib/api";
import { listDelayProfiles, createDelayProfile } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.delayProfileEndpoints.list, ({ actor }) => listDelayProfiles(actor));
export const POST = handleEndpoint(api.delayProfileEndpoints.create, ({ actor, body }) =>
  createDelayProfile(actor, body),
);
