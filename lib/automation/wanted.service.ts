import { assertCan, type Actor } from "@/lib/accounts";
import { monitoredEpisodes, monitoredMovies, type MonitoredEpisode, type MonitoredMovie } from "@/lib/catalog";
import { parseInput } from "@/lib/errors";
import { heldVideos, type HeldVideoRow } from "@/lib/library";
import {
  cutoffMet,
  loadQualityContext,
  placeOf,
  toExistingFile,
  type ExistingFile,
  type QualityContextPart,
} from "@/lib/quality";
import { qualityById } from "./qualities";
import { wantedQuery, type WantedItem, type WantedPage, type WantedQuery } from "./wanted.schemas";

type WantedKind = "all" | "movie" | "episode";

/** Has the movie reached its minimum availability (the rule automatic searches obey)? */
export function movieAvailable(
  movie: Pick<
    MonitoredMovie,
    "status" | "minimumAvailability" | "inCinemasAt" | "digitalReleaseAt" | "physicalReleaseAt"
  >,
  now: number,
): boolean {
  const reached = (at: Date | null) => at !== null && at.getTime() <= now;
  const released = movie.status === "released" || reached(movie.digitalReleaseAt) || reached(movie.physicalReleaseAt);
  const inCinemas = released || movie.status === "inCinemas" || reached(movie.inCinemasAt);
  return movie.minimumAvailability === "announced"
    ? true
    : movie.minimumAvailability === "inCinemas"
      ? inCinemas
      : released;
}

const empty = { quality: null, formatScore: null, cutoff: null, cutoffFormatScore: null };

const movieItem = (m: MonitoredMovie): WantedItem => ({
  kind: "movie",
  id: m.id,
  title: m.title,
  year: m.year,
  seriesId: null,
  seriesTitle: null,
  seasonNumber: null,
  episodeNumber: null,
  airDate: null,
  href: `/movies/${m.id}`,
  ...empty,
});

const episodeItem = (e: MonitoredEpisode): WantedItem => ({
  kind: "episode",
  id: e.id,
  title: e.title,
  year: null,
  seriesId: e.seriesId,
  seriesTitle: e.seriesTitle,
  seasonNumber: e.seasonNumber,
  episodeNumber: e.episodeNumber,
  airDate: e.airDate,
  href: `/tv/${e.seriesId}`,
  ...empty,
});

function paged(items: WantedItem[], q: { page: number; pageSize: number }): WantedPage {
  const start = (q.page - 1) * q.pageSize;
  return { items: items.slice(start, start + q.pageSize), page: q.page, pageSize: q.pageSize, total: items.length };
}

function heldIndex(files: HeldVideoRow[]) {
  const movies = new Map<string, HeldVideoRow[]>();
  const episodes = new Map<string, HeldVideoRow[]>();
  for (const f of files) {
    if (f.movieId) movies.set(f.movieId, [...(movies.get(f.movieId) ?? []), f]);
    for (const id of f.episodeIds) episodes.set(id, [...(episodes.get(id) ?? []), f]);
  }
  return { movies, episodes };
}

/** Aired episodes (an air time in the past) newest first; then those without a time. */
const byAiredDesc = (a: MonitoredEpisode, b: MonitoredEpisode) =>
  (b.airDateUtc?.getTime() ?? 0) - (a.airDateUtc?.getTime() ?? 0);

/**
 * Monitored movies that reached their minimum availability and monitored episodes (of monitored
 * series) that have aired, with no video on disk. Movies by title, then episodes newest first.
 */
export async function wantedMissing(actor: Actor, query: WantedQuery = {}, now = Date.now()): Promise<WantedPage> {
  assertCan(actor, "read");
  const q = parseInput(wantedQuery, query);
  return paged(await missingItems(q.kind, now), q);
}

/** Every missing item (see wantedMissing), unpaged: what the scheduled missing search picks from. */
export async function missingItems(kind: WantedKind = "all", now = Date.now()): Promise<WantedItem[]> {
  const held = heldIndex(await heldVideos());
  const items: WantedItem[] = [];
  if (kind !== "episode") {
    for (const m of await monitoredMovies())
      if (!held.movies.has(m.id) && movieAvailable(m, now)) items.push(movieItem(m));
  }
  if (kind !== "movie") {
    const aired = (await monitoredEpisodes()).filter(
      (e) => e.airDateUtc !== null && e.airDateUtc.getTime() <= now && !held.episodes.has(e.id),
    );
    items.push(...aired.sort(byAiredDesc).map(episodeItem));
  }
  return items;
}

/** The best of the files held for an item, as the profile orders them. */
function bestHeld(files: HeldVideoRow[], quality: QualityContextPart, hints: { kind: "movie" | "tv" }): ExistingFile {
  const held = files.map((f) => toExistingFile(f, quality, hints));
  const rankOf = (h: ExistingFile) => placeOf(quality.profile, h.qualityId)?.rank ?? -1;
  return held.reduce((best, h) =>
    rankOf(h) > rankOf(best) || (rankOf(h) === rankOf(best) && h.formatScore > best.formatScore) ? h : best,
  );
}

/**
 * Monitored items with a file whose quality is below their profile's cutoff, or whose
 * custom-format score is below the cutoff score, when the profile allows upgrades. Each item
 * says what it has and what the profile wants.
 */
export async function wantedCutoffUnmet(actor: Actor, query: WantedQuery = {}): Promise<WantedPage> {
  assertCan(actor, "read");
  const q = parseInput(wantedQuery, query);
  return paged(await cutoffUnmetItems(q.kind), q);
}

/** Every cutoff-unmet item (see wantedCutoffUnmet), unpaged: what the scheduled cutoff search picks from. */
export async function cutoffUnmetItems(kind: WantedKind = "all"): Promise<WantedItem[]> {
  const held = heldIndex(await heldVideos());
  const profiles = new Map<string, Promise<QualityContextPart>>();
  const profileOf = (id: string) => {
    if (!profiles.has(id)) profiles.set(id, loadQualityContext(id));
    return profiles.get(id)!;
  };
  const unmet = async (
    profileId: string,
    files: HeldVideoRow[],
    kind: "movie" | "tv",
  ): Promise<Partial<WantedItem> | null> => {
    const quality = await profileOf(profileId);
    const { profile } = quality;
    if (!profile.upgradeAllowed) return null;
    const best = bestHeld(files, quality, { kind });
    if (cutoffMet(best, profile)) return null;
    return {
      quality: qualityById(best.qualityId),
      formatScore: best.formatScore,
      cutoff: profile.items.find((i) => i.id === profile.cutoff)?.name ?? null,
      cutoffFormatScore: profile.cutoffFormatScore,
    };
  };
  const items: WantedItem[] = [];
  if (kind !== "episode") {
    for (const m of await monitoredMovies()) {
      const files = held.movies.get(m.id);
      const why = files && (await unmet(m.qualityProfileId, files, "movie"));
      if (why) items.push({ ...movieItem(m), ...why });
    }
  }
  if (kind !== "movie") {
    for (const e of await monitoredEpisodes()) {
      const files = held.episodes.get(e.id);
      const why = files && (await unmet(e.qualityProfileId, files, "tv"));
      if (why) items.push({ ...episodeItem(e), ...why });
    }
  }
  return items;
}
