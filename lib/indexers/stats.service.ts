import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { addStats, listIndexerRows, statsSince } from "./indexer.repo";
import { utcDay } from "./health";

export const indexerStatsSchema = z.object({
  days: z.number().int(),
  indexers: z.array(
    z.object({
      indexerId: z.string(),
      name: z.string(),
      queries: z.number().int(),
      failures: z.number().int(),
      results: z.number().int(),
      grabs: z.number().int(),
      averageResponseMs: z.number().nullable(),
      consecutiveFailures: z.number().int(),
      disabledUntil: z.string().nullable(),
    }),
  ),
});
export type IndexerStats = z.infer<typeof indexerStatsSchema>;

/** Query, failure, result and grab counts per indexer over the last `days` days, with health. */
export async function indexerStats(actor: Actor, days = 30): Promise<IndexerStats> {
  assertCan(actor, "admin");
  const since = utcDay(new Date(Date.now() - (days - 1) * 86_400_000));
  const [rows, totals] = await Promise.all([listIndexerRows(), statsSince(since)]);
  const byId = new Map(totals.map((t) => [t.indexerId, t]));
  const now = new Date();
  return {
    days,
    indexers: rows.map((row) => {
      const t = byId.get(row.id);
      return {
        indexerId: row.id,
        name: row.name,
        queries: t?.queries ?? 0,
        failures: t?.failures ?? 0,
        results: t?.results ?? 0,
        grabs: t?.grabs ?? 0,
        averageResponseMs: t && t.queries > 0 ? Math.round(t.responseMsTotal / t.queries) : null,
        consecutiveFailures: row.status?.consecutiveFailures ?? 0,
        disabledUntil:
          row.status?.disabledUntil && row.status.disabledUntil > now ? row.status.disabledUntil.toISOString() : null,
      };
    }),
  };
}

/** Counts a grab of a release from this indexer (called by the downloads context when it grabs). */
export async function recordGrab(indexerId: string, at = new Date()): Promise<void> {
  await addStats(indexerId, at, { grabs: 1 });
}
