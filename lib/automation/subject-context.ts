import type { Actor } from "@/lib/accounts";
import { getMovie, getSeriesDetail, findEpisode, type Episode, type Movie, type SeriesDetail } from "@/lib/catalog";
import type { SearchSubject } from "@/lib/indexers";
import { listMediaFiles, type MediaFile } from "@/lib/library";
import {
  DEFAULT_DECISION_SETTINGS,
  episodeKey,
  loadQualityContext,
  toExistingFile,
  type DecisionContext,
  type EpisodesTarget,
  type MovieTarget,
  type TargetEpisode,
} from "@/lib/quality";
import type { ReleaseHints } from "@/lib/release";

export interface SubjectContext {
  ctx: DecisionContext;
  hints: ReleaseHints;
  /** TV: "season:episode" → episode id, for every episode of the series. */
  episodeIdByKey: ReadonlyMap<string, string>;
  /** The library the item's files go to. */
  libraryId: string;
}

const ms = (iso: string | null): number | null => (iso ? Date.parse(iso) : null);
const presentVideos = (files: MediaFile[]) =>
  files.filter((f) => f.role === "video" && f.status === "matched" && !f.missingAt);

function movieTarget(movie: Movie): MovieTarget {
  return {
    kind: "movie",
    id: movie.id,
    title: movie.title,
    alternativeTitles: movie.originalTitle && movie.originalTitle !== movie.title ? [movie.originalTitle] : [],
    year: movie.year,
    tmdbId: movie.tmdbId,
    imdbId: movie.imdbId,
    runtimeMinutes: movie.runtime,
    monitored: movie.monitored,
    tags: [],
    originalLanguage: movie.originalLanguage,
    status: movie.status,
    minimumAvailability: movie.minimumAvailability,
    inCinemasAt: ms(movie.inCinemasAt),
    digitalReleaseAt: ms(movie.digitalReleaseAt),
    physicalReleaseAt: ms(movie.physicalReleaseAt),
  };
}

const targetEpisode = (e: Episode): TargetEpisode => ({
  season: e.seasonNumber,
  episode: e.episodeNumber,
  absolute: e.absoluteNumber,
  airDate: e.airDate,
  airedAt: ms(e.airDateUtc),
  monitored: e.monitored,
});

function episodesTarget(series: SeriesDetail, wanted: Episode[]): EpisodesTarget {
  const seasons = new Set(wanted.map((e) => e.seasonNumber));
  const seasonEpisodes = series.seasons
    .filter((s) => seasons.has(s.seasonNumber))
    .flatMap((s) => s.episodes.filter((e) => !e.removedAt));
  return {
    kind: "episodes",
    id: series.id,
    title: series.title,
    alternativeTitles: series.originalTitle && series.originalTitle !== series.title ? [series.originalTitle] : [],
    year: series.year,
    tvdbId: series.tvdbId,
    imdbId: series.imdbId,
    runtimeMinutes: series.runtime,
    tags: [],
    originalLanguage: series.originalLanguage,
    seriesMonitored: series.monitored,
    episodes: wanted.map(targetEpisode),
    seasonEpisodes: seasonEpisodes.map(targetEpisode),
  };
}

/** A search subject, or (automation) a chosen set of episodes of one series. */
export type JudgedSubject = SearchSubject & { episodeIds?: readonly string[] };

/** The episodes a subject stands for: one episode, chosen episodes, a season, or the whole series. */
async function episodesOf(
  actor: Actor,
  subject: JudgedSubject,
): Promise<{ series: SeriesDetail; episodes: Episode[] } | null> {
  let seriesId = subject.seriesId;
  let episodeId: string | undefined;
  if (subject.episodeId) {
    const episode = await findEpisode(actor, subject.episodeId);
    seriesId = episode.seriesId;
    episodeId = episode.id;
  }
  if (!seriesId) return null;
  const series = await getSeriesDetail(actor, seriesId);
  const all = series.seasons.flatMap((s) => s.episodes).filter((e) => !e.removedAt);
  const chosen = subject.episodeIds ? new Set(subject.episodeIds) : null;
  const episodes = episodeId
    ? all.filter((e) => e.id === episodeId)
    : chosen
      ? all.filter((e) => chosen.has(e.id))
      : subject.season !== undefined
        ? all.filter((e) => e.seasonNumber === subject.season)
        : all;
  return { series, episodes };
}

/** What other contexts know of an item's downloads and of the indexers: filled in by their callers. */
export type OutsideState = Partial<
  Pick<DecisionContext, "queue" | "blocklist" | "grabbed" | "indexers" | "freeSpaceBytes" | "settings">
>;

export interface ContextOptions {
  source?: DecisionContext["source"];
  now?: number;
  /** Queue, blocklist, grab history, indexer back-off, free space: empty/unknown when not given. */
  outside?: OutsideState;
}

/**
 * Everything the decision engine needs to judge releases for a catalog item: its profile (with
 * formats, release and delay profiles), the item as a target, and its files on disk with their
 * quality. Downloads (queue, blocklist, grab history), indexer back-off and free space come from
 * `options.outside` (the downloads and indexers contexts know them); left out, they are empty.
 * Returns null for a free-text subject (nothing to judge against).
 */
export async function subjectContext(
  actor: Actor,
  subject: JudgedSubject,
  options: ContextOptions = {},
): Promise<SubjectContext | null> {
  const base = {
    now: options.now ?? Date.now(),
    source: options.source ?? "interactive",
    queue: [],
    blocklist: [],
    grabbed: [],
    indexers: {},
    freeSpaceBytes: null,
    settings: DEFAULT_DECISION_SETTINGS,
    ...options.outside,
  } satisfies Partial<DecisionContext>;

  if (subject.movieId) {
    const movie = await getMovie(actor, subject.movieId);
    const quality = await loadQualityContext(movie.qualityProfileId);
    const hints: ReleaseHints = { kind: "movie", title: movie.title, ...(movie.year ? { year: movie.year } : {}) };
    const files = presentVideos(await listMediaFiles(actor, { movieId: movie.id }));
    const existingFiles = files.map((f) => toExistingFile(f, quality, hints));
    return {
      ctx: { ...base, ...quality, target: movieTarget(movie), existingFiles },
      hints,
      episodeIdByKey: new Map(),
      libraryId: movie.libraryId,
    };
  }

  const found = await episodesOf(actor, subject);
  if (!found) return null;
  const { series, episodes } = found;
  const quality = await loadQualityContext(series.qualityProfileId);
  const hints: ReleaseHints = { kind: "tv", title: series.title, seriesType: series.seriesType };
  const keyOf = new Map(
    series.seasons
      .flatMap((s) => s.episodes)
      .filter((e) => !e.removedAt)
      .map((e) => [e.id, episodeKey(e.seasonNumber, e.episodeNumber)]),
  );
  const wantedKeys = new Set(episodes.map((e) => episodeKey(e.seasonNumber, e.episodeNumber)));
  const files = presentVideos(await listMediaFiles(actor, { seriesId: series.id }))
    .map((f) => ({ ...f, episodeKeys: f.episodeIds.flatMap((id) => keyOf.get(id) ?? []) }))
    .filter((f) => f.episodeKeys.some((k) => wantedKeys.has(k)));
  const existingFiles = files.map((f) => toExistingFile(f, quality, hints));
  return {
    ctx: { ...base, ...quality, target: episodesTarget(series, episodes), existingFiles },
    hints,
    episodeIdByKey: new Map([...keyOf].map(([id, key]) => [key, id])),
    libraryId: series.libraryId,
  };
}
