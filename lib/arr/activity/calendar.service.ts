import { assertCan, type Actor } from "@/lib/accounts";
import { calendarBetween } from "@/lib/catalog";
import { ValidationError } from "@/lib/errors";
import { arrIdsOf } from "../ids";
import { episodeResourcesOf, movieResourcesOf } from "./embedded-titles";

const DAY = 86_400_000;

export interface CalendarQuery {
  start?: Date;
  end?: Date;
  unmonitored?: boolean;
  includeSeries?: boolean;
  includeEpisodeFile?: boolean;
}

/** Radarr's default window: today and the next two days; at most 400 days at once. */
export function calendarWindow(query: CalendarQuery, now = new Date()): { start: Date; end: Date } {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const start = query.start ?? today;
  const end = query.end ?? new Date(today.getTime() + 2 * DAY);
  if (end < start) throw new ValidationError("end must not be before start", { fields: { end: "before start" } });
  if (end.getTime() - start.getTime() > 400 * DAY)
    throw new ValidationError("The calendar shows at most 400 days at once", {
      fields: { end: "too far after start" },
    });
  return { start, end };
}

/** Radarr's calendar: the movies with a cinema, digital or physical release in the window (monitored ones unless asked). */
export async function arrMovieCalendar(actor: Actor, query: CalendarQuery) {
  assertCan(actor, "browse");
  const { start, end } = calendarWindow(query);
  const entries = await calendarBetween(start, end, !query.unmonitored);
  const movieIds = [...new Set(entries.flatMap((e) => (e.kind === "movie" ? [e.id] : [])))];
  const ids = await arrIdsOf("movie", movieIds);
  const movies = await movieResourcesOf(
    actor,
    movieIds.map((id) => ids.get(id)!),
  );
  return movieIds.flatMap((id) => movies.get(ids.get(id)!) ?? []);
}

/** Sonarr's calendar: the episodes airing in the window, in air order, with their series when asked. */
export async function arrEpisodeCalendar(actor: Actor, query: CalendarQuery) {
  assertCan(actor, "browse");
  const { start, end } = calendarWindow(query);
  const entries = await calendarBetween(start, end, !query.unmonitored);
  const episodeIds = entries.flatMap((e) => (e.kind === "episode" ? [e.id] : []));
  const ids = await arrIdsOf("episode", episodeIds);
  const episodes = await episodeResourcesOf(
    actor,
    episodeIds.map((id) => ids.get(id)!),
    { series: query.includeSeries, file: query.includeEpisodeFile },
  );
  return episodeIds.flatMap((id) => episodes.get(ids.get(id)!) ?? []);
}
