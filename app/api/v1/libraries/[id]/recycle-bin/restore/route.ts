import { api, handleEndpoint } from "@/lib/api";
import { restoreRecycled } from "@/lib/library";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.restoreRecycledEndpoint, ({ actor, params, body }) =>
  restoreRecycled(actor, params.id, body),
);
