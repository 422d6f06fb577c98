import { and, inArray, isNull } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** The facts of an episode that its status derives from (title-status.ts), for other contexts. */
export interface EpisodeStatusRow {
  id: string;
  seriesId: string;
  seasonNumber: number;
  monitored: boolean;
  airDateUtc: Date | null;
  runtime: number | null;
}

const e = tables.episodes;
const CHUNK = 400;

/** Listed (not removed) episodes of these series. */
export async function episodeStatusRows(seriesIds: string[]): Promise<EpisodeStatusRow[]> {
  const out: EpisodeStatusRow[] = [];
  for (let i = 0; i < seriesIds.length; i += CHUNK) {
    out.push(
      ...(await db()
        .select({
          id: e.id,
          seriesId: e.seriesId,
          seasonNumber: e.seasonNumber,
          monitored: e.monitored,
          airDateUtc: e.airDateUtc,
          runtime: e.runtime,
        })
        .from(e)
        .where(and(inArray(e.seriesId, seriesIds.slice(i, i + CHUNK)), isNull(e.removedAt)))),
    );
  }
  return out;
}
