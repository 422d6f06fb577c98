import { api, handleEndpoint } from "@/lib/api";
import { deleteRequest, getRequest } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.getRequestEndpoint, ({ actor, params }) => getRequest(actor, params.id));
export const DELETE = handleEndpoint(api.deleteRequestEndpoint, async ({ actor, params }) => {
  await deleteRequest(actor, params.id);
  return { deleted: true as const };
});
