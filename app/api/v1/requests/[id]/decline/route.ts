import { api, handleEndpoint } from "@/lib/api";
import { declineRequest } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.declineRequestEndpoint, ({ actor, params, body }) =>
  declineRequest(actor, params.id, body),
);
