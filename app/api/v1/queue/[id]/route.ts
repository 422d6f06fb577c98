import { api, handleEndpoint } from "@/lib/api";
import { removeFromQueue } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const DELETE = handleEndpoint(api.removeFromQueueEndpoint, ({ actor, params, query }) =>
  removeFromQueue(actor, params.id, query),
);
