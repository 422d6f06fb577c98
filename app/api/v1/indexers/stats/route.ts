import { api, handleEndpoint } from "@/lib/api";
import { indexerStats } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.indexerStatsEndpoint, ({ actor, query }) => indexerStats(actor, query.days));
