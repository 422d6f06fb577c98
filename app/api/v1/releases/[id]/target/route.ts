import { api, handleEndpoint } from "@/lib/api";
import { releaseTarget } from "@/lib/automation";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.releaseTargetEndpoint, ({ actor, params, query }) =>
  releaseTarget(actor, params.id, query),
);
