import { eq, inArray, sql, type AnyColumn } from "drizzle-orm";
import { readDb, getDbHandle, tables } from "@/lib/db";
import type { CalendarEntry } from "./catalog.schemas";
import { selectRows } from "./query-helpers";

const s = tables.series;
const ep = tables.episodes;
const m = tables.movies;

/** One dated item of the calendar: an episode's air date or one of a movie's three release dates. */
interface DatedRef {
  kind: "episode" | "movie";
  id: string;
  at: Date;
  release: "inCinemas" | "digital" | "physical" | null;
  dayTotal: number;
}

export interface CalendarWindow {
  start: Date;
  end: Date;
  monitoredOnly: boolean;
  /** Per UTC day, skip this many entries and keep the next `take` (the day's order: time, then title). */
  perDay?: { skip: number; take: number };
  /** At most this many entries over the whole range, oldest first. */
  limit?: number;
}

/**
 * The dated items in [start, end), ranked per UTC day in SQL, with each day's total: the page
 * asks for the first few of each visible day, the day view for one page of one day, so nothing
 * outside what is shown is read into memory. The date indexes of episodes and movies serve the
 * range; the ranking sorts only what falls in it.
 */
async function datedRefs(window: CalendarWindow): Promise<DatedRef[]> {
  const handle = getDbHandle();
  const pg = handle.dialect === "pg";
  const at = (value: Date) => (pg ? value.toISOString() : value.getTime());
  const yes = sql.raw(pg ? "true" : "1");
  const inRange = (column: AnyColumn) => sql`${column} >= ${at(window.start)} and ${column} < ${at(window.end)}`;
  const monitoredEpisode = window.monitoredOnly
    ? sql` and ${ep.monitored} = ${yes} and ${s.monitored} = ${yes}`
    : sql``;
  const monitoredMovie = window.monitoredOnly ? sql` and ${m.monitored} = ${yes}` : sql``;
  const release = (name: "inCinemas" | "digital" | "physical", column: AnyColumn) =>
    sql`select 'movie' as kind, ${m.id} as id, ${column} as at, ${m.sortTitle} as sort_key, 0 as n1, 0 as n2, ${sql.raw(`'${name}'`)} as release_kind from ${m} where ${inRange(column)}${monitoredMovie}`;
  const day = sql.raw(pg ? `(at at time zone 'UTC')::date` : `(at / 86400000)`);
  const atMs = sql.raw(pg ? `(extract(epoch from at) * 1000)::bigint` : `at`);
  const kept = window.perDay
    ? sql`where rn > ${window.perDay.skip} and rn <= ${window.perDay.skip + window.perDay.take}`
    : sql``;
  const limit = window.limit ? sql` limit ${window.limit}` : sql``;
  const query = sql`
    with dated as (
      select 'episode' as kind, ${ep.id} as id, ${ep.airDateUtc} as at, ${s.sortTitle} as sort_key,
             ${ep.seasonNumber} as n1, ${ep.episodeNumber} as n2, null as release_kind
        from ${ep} inner join ${s} on ${s.id} = ${ep.seriesId}
       where ${inRange(ep.airDateUtc)} and ${ep.removedAt} is null${monitoredEpisode}
      union all ${release("inCinemas", m.inCinemasAt)}
      union all ${release("digital", m.digitalReleaseAt)}
      union all ${release("physical", m.physicalReleaseAt)}
    ), ranked as (
      select kind, id, at, release_kind, sort_key, n1, n2,
             row_number() over (partition by ${day} order by at, sort_key, n1, n2, kind, id) as rn,
             count(*) over (partition by ${day}) as day_total
        from dated
    )
    select kind, id, ${atMs} as at_ms, release_kind, day_total from ranked ${kept}
     order by at, sort_key, n1, n2, kind, id${limit}`;
  type Raw = {
    kind: string;
    id: string;
    at_ms: number | string;
    release_kind: string | null;
    day_total: number | string;
  };
  const rows = await selectRows<Raw>(query);
  return rows.map((r) => ({
    kind: r.kind === "movie" ? "movie" : "episode",
    id: r.id,
    at: new Date(Number(r.at_ms)),
    release: (r.release_kind as DatedRef["release"]) ?? null,
    dayTotal: Number(r.day_total),
  }));
}

/** The calendar entries of a window, with how many entries each UTC day holds in all. */
export async function calendarEntries(
  window: CalendarWindow,
): Promise<{ entries: CalendarEntry[]; dayTotals: Map<string, number> }> {
  const refs = await datedRefs(window);
  const episodeIds = [...new Set(refs.flatMap((r) => (r.kind === "episode" ? [r.id] : [])))];
  const movieIds = [...new Set(refs.flatMap((r) => (r.kind === "movie" ? [r.id] : [])))];
  const [episodes, movies] = await Promise.all([
    episodeIds.length
      ? readDb()
          .select({
            id: ep.id,
            seriesId: s.id,
            seriesTitle: s.title,
            seasonNumber: ep.seasonNumber,
            episodeNumber: ep.episodeNumber,
            title: ep.title,
            network: s.network,
            runtime: ep.runtime,
            seriesRuntime: s.runtime,
            monitored: ep.monitored,
            seriesMonitored: s.monitored,
            posterPath: s.posterPath,
          })
          .from(ep)
          .innerJoin(s, eq(s.id, ep.seriesId))
          .where(inArray(ep.id, episodeIds))
      : [],
    movieIds.length
      ? readDb()
          .select({ id: m.id, title: m.title, year: m.year, monitored: m.monitored, posterPath: m.posterPath })
          .from(m)
          .where(inArray(m.id, movieIds))
      : [],
  ]);
  const episodeById = new Map(episodes.map((e) => [e.id, e]));
  const movieById = new Map(movies.map((row) => [row.id, row]));
  const dayTotals = new Map<string, number>();
  const entries: CalendarEntry[] = [];
  for (const ref of refs) {
    const at = ref.at.toISOString();
    dayTotals.set(at.slice(0, 10), ref.dayTotal);
    if (ref.kind === "episode") {
      const e = episodeById.get(ref.id);
      if (!e) continue; // removed between the two reads
      entries.push({
        kind: "episode",
        id: e.id,
        seriesId: e.seriesId,
        seriesTitle: e.seriesTitle,
        seasonNumber: e.seasonNumber,
        episodeNumber: e.episodeNumber,
        title: e.title,
        at,
        network: e.network,
        runtime: e.runtime ?? e.seriesRuntime,
        monitored: e.monitored && e.seriesMonitored,
        posterPath: e.posterPath,
      });
    } else {
      const movie = movieById.get(ref.id);
      if (!movie || !ref.release) continue;
      entries.push({
        kind: "movie",
        id: movie.id,
        title: movie.title,
        year: movie.year,
        release: ref.release,
        at,
        monitored: movie.monitored,
        posterPath: movie.posterPath,
      });
    }
  }
  return { entries, dayTotals };
}
