import { api, handleEndpoint } from "@/lib/api";
import { resolveProblem } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.resolveProblemEndpoint, ({ actor, params, body }) =>
  resolveProblem(actor, params.id, body),
);
