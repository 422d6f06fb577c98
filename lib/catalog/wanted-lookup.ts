import { and, asc, eq, isNull } from "drizzle-orm";
import { db, tables } from "@/lib/db";
import type { MinimumAvailability, MovieStatus } from "./catalog.types";

/**
 * Read-only lookups for the automation context (Wanted lists, searches): monitored items as plain
 * rows, no actor, no metadata calls.
 */
export interface MonitoredMovie {
  id: string;
  title: string;
  year: number | null;
  status: MovieStatus;
  minimumAvailability: MinimumAvailability;
  inCinemasAt: Date | null;
  digitalReleaseAt: Date | null;
  physicalReleaseAt: Date | null;
  qualityProfileId: string;
  posterPath: string | null;
}

export interface MonitoredEpisode {
  id: string;
  seriesId: string;
  seriesTitle: string;
  seriesType: "standard" | "daily" | "anime";
  seasonNumber: number;
  episodeNumber: number;
  title: string | null;
  airDate: string | null;
  airDateUtc: Date | null;
  qualityProfileId: string;
}

const m = tables.movies;
const s = tables.series;
const e = tables.episodes;

/** Monitored movies, by sort title. */
export async function monitoredMovies(): Promise<MonitoredMovie[]> {
  return db()
    .select({
      id: m.id,
      title: m.title,
      year: m.year,
      status: m.status,
      minimumAvailability: m.minimumAvailability,
      inCinemasAt: m.inCinemasAt,
      digitalReleaseAt: m.digitalReleaseAt,
      physicalReleaseAt: m.physicalReleaseAt,
      qualityProfileId: m.qualityProfileId,
      posterPath: m.posterPath,
    })
    .from(m)
    .where(eq(m.monitored, true))
    .orderBy(asc(m.sortTitle), asc(m.id));
}

/** Monitored episodes (still listed by TMDB) of monitored series, by series and number. */
export async function monitoredEpisodes(): Promise<MonitoredEpisode[]> {
  return db()
    .select({
      id: e.id,
      seriesId: e.seriesId,
      seriesTitle: s.title,
      seriesType: s.seriesType,
      seasonNumber: e.seasonNumber,
      episodeNumber: e.episodeNumber,
      title: e.title,
      airDate: e.airDate,
      airDateUtc: e.airDateUtc,
      qualityProfileId: s.qualityProfileId,
    })
    .from(e)
    .innerJoin(s, eq(s.id, e.seriesId))
    .where(and(eq(s.monitored, true), eq(e.monitored, true), isNull(e.removedAt)))
    .orderBy(asc(s.sortTitle), asc(e.seriesId), asc(e.seasonNumber), asc(e.episodeNumber));
}
