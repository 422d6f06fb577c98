import { api, handleEndpoint } from "@/lib/api";
import { changeMatch } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const PUT = handleEndpoint(api.changeMatchEndpoint, ({ actor, params, body }) =>
  changeMatch(actor, params.id, body),
);
