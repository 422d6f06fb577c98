import { api, handleEndpoint } from "@/lib/api";
import { reportProblem } from "@/lib/requests";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.reportProblemEndpoint, ({ actor, params, body }) =>
  reportProblem(actor, params.id, body),
);
