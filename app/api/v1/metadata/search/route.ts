import { api, handleEndpoint } from "@/lib/api";
import { searchToAdd } from "@/lib/catalog";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.metadataSearchEndpoint, ({ actor, query }) =>
  searchToAdd(actor, query.type, query.q, query.page),
);
