import type { Episode, Season, Series } from "@/lib/catalog";
import type { Library, MediaFile } from "@/lib/library";
import { titleFolder } from "@/lib/library";
import type { SeriesMetadata } from "@/lib/metadata";
import { arrLanguageOf } from "./languages";
import { NEVER, cleanTitleOf, coversOf, dateTime, remotePosterOf, sum, titleSlugOf } from "./title-common";

/** What Sonarr's SeriesResource is built from, in the library or only looked up. */
export type SeriesFacts = Pick<
  Series,
  | "tmdbId"
  | "tvdbId"
  | "imdbId"
  | "title"
  | "originalLanguage"
  | "year"
  | "overview"
  | "status"
  | "network"
  | "airTime"
  | "seriesType"
  | "runtime"
  | "genres"
  | "certification"
  | "rating"
  | "votes"
  | "posterPath"
  | "backdropPath"
  | "firstAiredAt"
>;

/** One season as Sonarr counts it; `episodes` known only for series in the library. */
export interface SeasonFacts {
  seasonNumber: number;
  monitored: boolean;
  /** Episodes TMDB lists for the season when only looked up. */
  listed: number;
}

export interface SeriesInLibrary {
  id: number;
  series: Series;
  qualityProfileId: number;
  tagIds: number[];
  library: Library | undefined;
  seasons: Season[];
  episodes: Episode[];
  /** Present video files of the series, with the episodes each holds. */
  files: MediaFile[];
}

export function factsOfMetadata(meta: SeriesMetadata, status: Series["status"], seriesType: Series["seriesType"]) {
  const facts: SeriesFacts = {
    ...meta,
    status,
    seriesType,
    airTime: null,
    firstAiredAt: meta.firstAirDate ? `${meta.firstAirDate}T00:00:00.000Z` : null,
  };
  const seasons: SeasonFacts[] = meta.seasons.map((s) => ({
    seasonNumber: s.seasonNumber,
    monitored: s.seasonNumber > 0,
    listed: s.episodeCount ?? 0,
  }));
  return { facts, seasons };
}

/** Sonarr has no "canceled": a canceled show has ended. */
const statusOf = (status: Series["status"]) => (status === "canceled" ? "ended" : status);

interface Counts {
  episodeFileCount: number;
  episodeCount: number;
  totalEpisodeCount: number;
  sizeOnDisk: number;
  releaseGroups: string[];
  percentOfEpisodes: number;
  previousAiring?: string;
  nextAiring?: string;
}

/**
 * Sonarr's counts: totalEpisodeCount every episode; episodeCount the ones that count toward
 * completion (monitored and aired, or on disk); episodeFileCount the ones on disk.
 */
function countsOf(episodes: Episode[], fileOf: Map<string, MediaFile>, now: string): Counts {
  const aired = (e: Episode) => !!e.airDateUtc && e.airDateUtc <= now;
  const withFile = episodes.filter((e) => fileOf.has(e.id));
  const counted = episodes.filter((e) => fileOf.has(e.id) || (e.monitored && aired(e)));
  const files = [...new Set(withFile.map((e) => fileOf.get(e.id)!))];
  const airings = episodes.map((e) => e.airDateUtc).filter((d): d is string => !!d);
  const previous = airings
    .filter((d) => d <= now)
    .sort()
    .at(-1);
  const next = airings.filter((d) => d > now).sort()[0];
  return {
    ...(next ? { nextAiring: dateTime(next)! } : {}),
    ...(previous ? { previousAiring: dateTime(previous)! } : {}),
    episodeFileCount: withFile.length,
    episodeCount: counted.length,
    totalEpisodeCount: episodes.length,
    sizeOnDisk: sum(files.map((f) => f.size)),
    releaseGroups: [...new Set(files.map((f) => f.releaseGroup).filter((g): g is string => !!g))],
    percentOfEpisodes: counted.length ? (withFile.length / counted.length) * 100 : 0,
  };
}

function seasonsOf(
  inLibrary: SeriesInLibrary | null,
  looked: SeasonFacts[],
): { seasonNumber: number; monitored: boolean; statistics: Counts; images: never[] }[] {
  const now = new Date().toISOString();
  if (!inLibrary) {
    return looked.map((s) => ({
      seasonNumber: s.seasonNumber,
      monitored: s.monitored,
      statistics: {
        episodeFileCount: 0,
        episodeCount: 0,
        totalEpisodeCount: s.listed,
        sizeOnDisk: 0,
        releaseGroups: [],
        percentOfEpisodes: 0,
      },
      images: [],
    }));
  }
  const fileOf = new Map<string, MediaFile>();
  for (const file of inLibrary.files) for (const id of file.episodeIds) fileOf.set(id, file);
  const episodes = inLibrary.episodes.filter((e) => !e.removedAt);
  return inLibrary.seasons
    .filter((s) => !s.removedAt)
    .map((season) => ({
      seasonNumber: season.seasonNumber,
      monitored: season.monitored,
      statistics: countsOf(
        episodes.filter((e) => e.seasonNumber === season.seasonNumber),
        fileOf,
        now,
      ),
      images: [],
    }));
}

export function toSeriesResource(
  facts: SeriesFacts,
  inLibrary: SeriesInLibrary | null,
  looked: SeasonFacts[] = [],
  defaultLibrary?: Library,
) {
  const library = inLibrary?.library ?? defaultLibrary;
  const series = inLibrary?.series;
  const folder =
    inLibrary?.files[0]?.relativePath.split("/")[0] ??
    (library
      ? titleFolder(library, {
          series: {
            title: facts.title,
            year: facts.year,
            tmdbId: facts.tmdbId,
            tvdbId: facts.tvdbId,
            imdbId: facts.imdbId,
            seriesType: facts.seriesType,
          },
        })
      : facts.title);
  const seasons = seasonsOf(inLibrary, looked);
  const regular = seasons.filter((s) => s.seasonNumber > 0).map((s) => s.statistics);
  const total = (key: "episodeFileCount" | "episodeCount" | "totalEpisodeCount") => sum(regular.map((s) => s[key]));
  const files = inLibrary?.files ?? [];
  const episodeCount = total("episodeCount");
  const previous = regular
    .map((s) => s.previousAiring)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  const next = regular
    .map((s) => s.nextAiring)
    .filter((d): d is string => !!d)
    .sort()[0];
  return {
    ...(inLibrary ? { id: inLibrary.id } : {}),
    title: facts.title,
    alternateTitles: [],
    sortTitle: facts.title.toLowerCase(),
    status: statusOf(facts.status),
    ended: facts.status === "ended" || facts.status === "canceled",
    overview: facts.overview ?? "",
    ...(next ? { nextAiring: next } : {}),
    ...(previous ? { previousAiring: previous } : {}),
    network: facts.network,
    airTime: facts.airTime,
    images: coversOf(facts.posterPath, facts.backdropPath),
    originalLanguage: arrLanguageOf(facts.originalLanguage),
    remotePoster: remotePosterOf(facts.posterPath),
    seasons,
    year: facts.year ?? 0,
    path: library && inLibrary ? `${library.path}/${folder}` : null,
    qualityProfileId: inLibrary?.qualityProfileId ?? 0,
    seasonFolder: true,
    monitored: series?.monitored ?? false,
    monitorNewItems: series && !series.monitorNewSeasons ? ("none" as const) : ("all" as const),
    useSceneNumbering: false,
    runtime: facts.runtime ?? 0,
    tvdbId: facts.tvdbId ?? 0,
    tvRageId: 0,
    tvMazeId: 0,
    tmdbId: facts.tmdbId,
    firstAired: dateTime(facts.firstAiredAt),
    ...(facts.status === "ended" && previous ? { lastAired: previous } : {}),
    seriesType: facts.seriesType,
    cleanTitle: cleanTitleOf(facts.title),
    imdbId: facts.imdbId,
    titleSlug: titleSlugOf(facts.title, facts.tvdbId ?? facts.tmdbId),
    rootFolderPath: inLibrary && library ? library.path : null,
    folder,
    certification: facts.certification,
    genres: facts.genres,
    tags: inLibrary?.tagIds ?? [],
    added: series ? new Date(series.addedAt).toISOString() : NEVER,
    ratings: { votes: facts.votes ?? 0, value: facts.rating ?? 0 },
    statistics: {
      seasonCount: seasons.filter((s) => s.seasonNumber > 0).length,
      episodeFileCount: total("episodeFileCount"),
      episodeCount,
      totalEpisodeCount: total("totalEpisodeCount"),
      sizeOnDisk: sum(files.map((f) => f.size)),
      releaseGroups: [...new Set(files.map((f) => f.releaseGroup).filter((g): g is string => !!g))],
      percentOfEpisodes: episodeCount ? (total("episodeFileCount") / episodeCount) * 100 : 0,
    },
    languageProfileId: 1,
  };
}
export type SeriesResource = ReturnType<typeof toSeriesResource>;
