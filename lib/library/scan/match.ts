import { TitleIndex, type EpisodeForMatch, type MovieForMatch, type SeriesForMatch } from "@/lib/catalog";
import { parse, type ReleaseInfo } from "@/lib/release";
import { statedQuality } from "../paths";
import type { LibraryKind, MatchCandidate, MatchedBy, MediaFileGuess, MediaFileRole } from "../library.types";
import type { MetadataLookup } from "./metadata-lookup";
import { folderTitleYear, idsIn, type NameIds } from "./titles";

export interface MatchResult {
  status: "matched" | "unmatched";
  movieId: string | null;
  seriesId: string | null;
  episodeIds: string[];
  quality: string | null;
  releaseGroup: string | null;
  edition: string | null;
  guess: MediaFileGuess;
}

export interface MatcherSources {
  movies: MovieForMatch[];
  series: SeriesForMatch[];
  episodesOf(seriesId: string): Promise<EpisodeForMatch[]>;
  /** Titles not in the catalog: by id, else searched (and added when confident). None: catalog only. */
  lookup?: MetadataLookup;
  /** Ids of the title folder's Kodi .nfo, when it has one. */
  nfoIds?(folder: string | null, file: string): Promise<NameIds | null>;
  /** Ids a user chose for a top folder, or `/file` in the root (the review's accept and fix): they win over names. */
  chosenIds?(key: string): NameIds | null;
}

type Item = MovieForMatch | SeriesForMatch;

interface FolderMatch {
  item: Item | null;
  matchedBy: MatchedBy | null;
  confidence: number | null;
  candidate: MatchCandidate | null;
  reason: string | null;
}

const hasId = (ids: NameIds) => ids.tmdbId !== null || ids.imdbId !== null || ids.tvdbId !== null;
const idText = (ids: NameIds) =>
  ids.tmdbId !== null ? `tmdb-${ids.tmdbId}` : ids.tvdbId !== null ? `tvdb-${ids.tvdbId}` : `imdb-${ids.imdbId}`;

interface EpisodeMaps {
  bySeasonEpisode: Map<string, EpisodeForMatch>;
  byAbsolute: Map<number, EpisodeForMatch>;
  byAirDate: Map<string, EpisodeForMatch[]>;
}

const mergeIds = (a: NameIds, b: NameIds): NameIds => ({
  tmdbId: a.tmdbId ?? b.tmdbId,
  imdbId: a.imdbId ?? b.imdbId,
  tvdbId: a.tvdbId ?? b.tvdbId,
});

/**
 * Matches files of one library to the catalog, caching per top folder (a movie's or a series'
 * folder is matched once, not once per file). An id in the folder or file name, or in the folder's
 * .nfo, is authoritative: it is looked up directly and no title is searched. Without one: title +
 * year against the catalog, then a metadata search, scored (confident results are added, unsure ones
 * wait in the review with their candidate).
 */
export class Matcher {
  private readonly movies: TitleIndex<MovieForMatch>;
  private readonly series: TitleIndex<SeriesForMatch>;
  private readonly folderCache = new Map<string, Promise<FolderMatch>>();
  private readonly episodeCache = new Map<string, Promise<EpisodeMaps>>();

  constructor(
    private readonly kind: LibraryKind,
    private readonly sources: MatcherSources,
  ) {
    this.movies = new TitleIndex(sources.movies);
    this.series = new TitleIndex(sources.series);
  }

  async match(relativePath: string, role: MediaFileRole): Promise<MatchResult> {
    const parts = relativePath.split("/");
    const folder = parts.length > 1 ? parts[0] : null;
    const file = parts[parts.length - 1];
    const parsed = parse(`/${relativePath}`, { kind: this.kind });
    const guess: MediaFileGuess = {
      title: parsed.title,
      year: parsed.year,
      season: parsed.season,
      episodes: parsed.episodes,
      airDate: parsed.airDate,
      kind: parsed.kind,
    };
    const base = {
      quality: statedQuality(parsed.quality),
      releaseGroup: parsed.group,
      edition: parsed.edition,
      guess,
    };
    const unmatched = (reason: string): MatchResult => ({
      status: "unmatched",
      movieId: null,
      seriesId: null,
      episodeIds: [],
      ...base,
      guess: { ...guess, reason },
    });

    const found = await this.itemFor(folder, file, parsed);
    const item = found.item;
    if (!item) {
      const result = unmatched(
        found.reason ??
          (this.kind === "movie" ? "No movie in the catalog matches" : "No series in the catalog matches"),
      );
      if (found.candidate) {
        result.guess.candidate = found.candidate;
        result.guess.confidence = found.candidate.confidence;
      }
      return result;
    }
    if (folder) guess.title = item.title;
    if (found.matchedBy) guess.matchedBy = found.matchedBy;
    if (found.confidence !== null) guess.confidence = found.confidence;
    if (this.kind === "movie") return { status: "matched", movieId: item.id, seriesId: null, episodeIds: [], ...base };

    const series = item as SeriesForMatch;
    const episodeIds = await this.episodesFor(series, relativePath, parsed);
    if (episodeIds.length === 0) {
      // Extras of a series (trailers, featurettes, an NFO in the series folder) belong to the series.
      if (role !== "video" && role !== "subtitle")
        return { status: "matched", movieId: null, seriesId: series.id, episodeIds: [], ...base };
      return { ...unmatched("Series found, episode not recognised"), seriesId: series.id };
    }
    return { status: "matched", movieId: null, seriesId: series.id, episodeIds, ...base };
  }

  private itemFor(folder: string | null, file: string, parsed: ReleaseInfo): Promise<FolderMatch> {
    // Files straight in the root are matched one by one; files in a folder share the folder's match.
    const key = folder ?? `/${file}`;
    let cached = this.folderCache.get(key);
    if (!cached) {
      cached = this.findItem(folder, file, parsed);
      this.folderCache.set(key, cached);
    }
    return cached;
  }

  private async findItem(folder: string | null, file: string, parsed: ReleaseInfo): Promise<FolderMatch> {
    const index: TitleIndex<Item> = this.kind === "movie" ? this.movies : this.series;
    const found = (item: Item | null, matchedBy: MatchedBy, confidence = 1): FolderMatch => ({
      item,
      matchedBy: item ? matchedBy : null,
      confidence: item ? confidence : null,
      candidate: null,
      reason: null,
    });
    let ids = this.sources.chosenIds?.(folder ?? `/${file}`) ?? null;
    let source: MatchedBy = "id";
    if (!ids) {
      ids = mergeIds(
        folder ? idsIn(folder) : { tmdbId: null, imdbId: null, tvdbId: null },
        mergeIds(idsIn(file), { tmdbId: parsed.tmdbId, imdbId: parsed.imdbId, tvdbId: null }),
      );
      if (!hasId(ids)) {
        const fromNfo = await this.sources.nfoIds?.(folder, file);
        if (fromNfo && hasId(fromNfo)) {
          ids = fromNfo;
          source = "nfo";
        }
      }
    }
    if (hasId(ids)) {
      // An id is authoritative: whatever the name says, this is the title (no title search).
      const byId = index.byIds(ids) ?? (await this.sources.lookup?.byIds(this.kind, ids)) ?? null;
      if (byId) this.remember(byId);
      return byId
        ? found(byId, source)
        : {
            ...found(null, source),
            reason: `No ${this.kind === "movie" ? "movie" : "series"} has the id ${idText(ids)}`,
          };
    }
    const candidates: { title: string; year: number | null }[] = [];
    if (folder) candidates.push(folderTitleYear(folder, this.kind));
    if (parsed.title) candidates.push({ title: parsed.title, year: parsed.year });
    for (const c of candidates) {
      const inCatalog = index.byTitle(c.title, c.year);
      if (inCatalog) return found(inCatalog, "catalog");
    }
    const best = candidates.find((c) => c.title.trim().length > 0);
    if (!best || !this.sources.lookup) return found(null, "search");
    const searched = await this.sources.lookup.bySearch(this.kind, best.title, best.year);
    if (searched.item) {
      this.remember(searched.item);
      return found(searched.item, "search", searched.confidence ?? 1);
    }
    if (!searched.candidate)
      return {
        ...found(null, "search"),
        reason: `Nothing on TMDB fits “${best.title}”${best.year ? ` (${best.year})` : ""}`,
      };
    const c = searched.candidate;
    return {
      ...found(null, "search"),
      candidate: c,
      reason: `Unsure: ${c.title}${c.year ? ` (${c.year})` : ""} fits at ${Math.round(c.confidence * 100)} %`,
    };
  }

  private remember(item: Item): void {
    if (this.kind === "movie") this.movies.add(item);
    else this.series.add(item as SeriesForMatch);
  }

  private async episodesFor(series: SeriesForMatch, relativePath: string, first: ReleaseInfo): Promise<string[]> {
    const maps = await this.episodeMaps(series.id);
    // Parse again knowing the series: its title and type steer ambiguous numbers.
    const parsed =
      series.seriesType === "standard" && first.season !== null
        ? first
        : parse(`/${relativePath}`, { kind: "tv", seriesType: series.seriesType, title: series.title });
    if (parsed.airDate) {
      const onDay = maps.byAirDate.get(parsed.airDate) ?? [];
      if (onDay.length > 0) return [onDay[Math.min(onDay.length, parsed.dailyPart ?? 1) - 1].id];
    }
    const found: EpisodeForMatch[] = [];
    if (parsed.season !== null && parsed.episodes.length > 0) {
      for (const e of parsed.episodes) {
        const episode = maps.bySeasonEpisode.get(`${parsed.season}:${e}`);
        if (episode) found.push(episode);
      }
    }
    if (found.length === 0 && parsed.absolute.length > 0) {
      for (const a of parsed.absolute) {
        const episode = maps.byAbsolute.get(a);
        if (episode) found.push(episode);
      }
    }
    return [...new Set(found.map((e) => e.id))];
  }

  private episodeMaps(seriesId: string): Promise<EpisodeMaps> {
    let cached = this.episodeCache.get(seriesId);
    if (!cached) {
      cached = this.sources.episodesOf(seriesId).then((episodes) => {
        const maps: EpisodeMaps = { bySeasonEpisode: new Map(), byAbsolute: new Map(), byAirDate: new Map() };
        for (const e of episodes) {
          maps.bySeasonEpisode.set(`${e.seasonNumber}:${e.episodeNumber}`, e);
          if (e.absoluteNumber !== null && e.seasonNumber > 0) maps.byAbsolute.set(e.absoluteNumber, e);
          if (e.airDate) maps.byAirDate.set(e.airDate, [...(maps.byAirDate.get(e.airDate) ?? []), e]);
        }
        return maps;
      });
      this.episodeCache.set(seriesId, cached);
    }
    return cached;
  }
}
