import { and, gte, lt, or, type SQL } from "drizzle-orm";
import { assertCan, type Actor } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import { fieldError, parseInput } from "@/lib/errors";
import { calendarQuery, type CalendarEntry } from "./catalog.schemas";
import { episodesAiring } from "./series.repo";

const DAY = 86_400_000;

/** Episodes' air dates and movies' release dates in [start, end] (days, UTC), oldest first. */
export async function calendar(actor: Actor, query: unknown): Promise<CalendarEntry[]> {
  assertCan(actor, "browse");
  const q = parseInput(calendarQuery, query);
  const start = new Date(`${q.start}T00:00:00.000Z`);
  const end = new Date(new Date(`${q.end}T00:00:00.000Z`).getTime() + DAY);
  if (end <= start) throw fieldError("end", "must not be before start");
  if (end.getTime() - start.getTime() > 400 * DAY) throw fieldError("end", "must be at most 400 days after start");
  return calendarBetween(start, end, q.monitoredOnly ?? false);
}

export async function calendarBetween(start: Date, end: Date, monitoredOnly: boolean): Promise<CalendarEntry[]> {
  const m = tables.movies;
  const inRange = (column: typeof m.inCinemasAt): SQL => and(gte(column, start), lt(column, end))!;
  const [episodes, movies] = await Promise.all([
    episodesAiring(start, end, monitoredOnly),
    db()
      .select({
        id: m.id,
        title: m.title,
        year: m.year,
        monitored: m.monitored,
        posterPath: m.posterPath,
        inCinemasAt: m.inCinemasAt,
        digitalReleaseAt: m.digitalReleaseAt,
        physicalReleaseAt: m.physicalReleaseAt,
      })
      .from(m)
      .where(or(inRange(m.inCinemasAt), inRange(m.digitalReleaseAt), inRange(m.physicalReleaseAt)))
      .limit(2000),
  ]);
  const entries: CalendarEntry[] = episodes.map((e) => ({
    kind: "episode",
    id: e.id,
    seriesId: e.seriesId,
    seriesTitle: e.seriesTitle,
    seasonNumber: e.seasonNumber,
    episodeNumber: e.episodeNumber,
    title: e.title,
    at: e.airDateUtc!.toISOString(),
    network: e.network,
    runtime: e.runtime ?? e.seriesRuntime,
    monitored: e.monitored && e.seriesMonitored,
    posterPath: e.posterPath,
  }));
  for (const movie of movies) {
    if (monitoredOnly && !movie.monitored) continue;
    for (const [release, at] of [
      ["inCinemas", movie.inCinemasAt],
      ["digital", movie.digitalReleaseAt],
      ["physical", movie.physicalReleaseAt],
    ] as const) {
      if (at && at >= start && at < end) {
        entries.push({
          kind: "movie",
          id: movie.id,
          title: movie.title,
          year: movie.year,
          release,
          at: at.toISOString(),
          monitored: movie.monitored,
          posterPath: movie.posterPath,
        });
      }
    }
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
