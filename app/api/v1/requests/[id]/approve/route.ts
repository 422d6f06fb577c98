import { api, handleEndpoint } from "@/lib/api";
import { approveRequest } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.approveRequestEndpoint, ({ actor, params, body }) =>
  approveRequest(actor, params.id, body),
);
