import { api, handleEndpoint } from "@/lib/api";
import { decideRequests } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.decideRequestsEndpoint, async ({ actor, body }) => ({
  results: await decideRequests(actor, body),
}));
