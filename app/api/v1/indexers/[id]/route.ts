import { api, handleEndpoint } from "@/lib/api";
import { deleteIndexer, getIndexer, updateIndexer } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.getIndexerEndpoint, ({ actor, params }) => getIndexer(actor, params.id));
export const PUT = handleEndpoint(api.updateIndexerEndpoints.put, ({ actor, params, body }) =>
  updateIndexer(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.updateIndexerEndpoints.patch, ({ actor, params, body }) =>
  updateIndexer(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.deleteIndexerEndpoint, async ({ actor, params }) => {
  await deleteIndexer(actor, params.id);
  return { deleted: true as const };
});
