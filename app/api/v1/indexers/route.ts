import { api, handleEndpoint } from "@/lib/api";
import { createIndexer, listIndexers } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listIndexersEndpoint, async ({ actor }) => ({
  items: await listIndexers(actor),
}));
export const POST = handleEndpoint(api.createIndexerEndpoint, ({ actor, body }) => createIndexer(actor, body));
