import { api, handleEndpoint } from "@/lib/api";
import { createRequest, listRequests } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listRequestsEndpoint, async ({ actor, query }) => ({
  items: await listRequests(actor, query),
}));
export const POST = handleEndpoint(api.createRequestEndpoint, ({ actor, body }) => createRequest(actor, body));
