import { api, handleEndpoint } from "@/lib/api";
import { resetIndexerHealth } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.resetIndexerEndpoint, ({ actor, params }) =>
  resetIndexerHealth(actor, params.id),
);
