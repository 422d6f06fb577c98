import { api, handleEndpoint } from "@/lib/api";
import { testIndexer } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.testIndexerEndpoint, ({ actor, params, body }) =>
  testIndexer(actor, params.id, Object.keys(body).length ? body : undefined),
);
