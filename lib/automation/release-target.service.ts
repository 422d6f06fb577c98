import { assertCan, type Actor } from "@/lib/accounts";
import { getMovie, getSeries } from "@/lib/catalog";
import type { ReleaseCoverage } from "@/lib/downloads";
import { recallRelease } from "@/lib/indexers";
import { decide } from "@/lib/quality";
import { grabbedCandidate, grabRejections, type GrabbedRelease } from "./decisions.service";
import { ReleaseMatcher } from "./release-matcher";
import type { ReleaseTarget, ReleaseTargetQuery } from "./release-target.schemas";
import { subjectContext } from "./subject-context";

/** The episodes of the series the release's name covers; a season pack covers its whole season. */
async function episodesCovered(actor: Actor, release: GrabbedRelease, seriesId: string): Promise<string[]> {
  const loaded = await subjectContext(actor, { seriesId }, { source: "interactive" });
  if (!loaded) return [];
  const candidate = grabbedCandidate(release, loaded.hints);
  const keys = decide(candidate, loaded.ctx, { stopAtFirstPermanent: true }).evaluation.episodeKeys;
  return [...new Set(keys.flatMap((key) => loaded.episodeIdByKey.get(key) ?? []))];
}

/** lib/downloads' grab asks this for a grab by seriesId without episodeIds (its ReleaseCoverage). */
export const releaseEpisodes: ReleaseCoverage = episodesCovered;

/**
 * What a search result is for, as far as its name tells: the catalog movie or series it matches
 * (by the indexer's ids, then by title and year) and, for a series, the episodes it covers, with the
 * profile's reasons to reject it for them. With `movieId` or `seriesId`, for that title instead
 * (the user picked another one). Free-text search
 * shows this before a grab so the user confirms or changes it.
 */
export async function releaseTarget(
  actor: Actor,
  releaseId: string,
  query: ReleaseTargetQuery = {},
): Promise<ReleaseTarget> {
  assertCan(actor, "manage");
  const release = await recallRelease(actor, releaseId);
  const base = { releaseId, title: release.title, season: release.parsed.season ?? null };
  const match = query.movieId
    ? ({ kind: "movie", movieId: query.movieId } as const)
    : query.seriesId
      ? ({ kind: "series", seriesId: query.seriesId } as const)
      : (await ReleaseMatcher.load()).match(release);
  if (!match) return { ...base, kind: null, movieId: null, seriesId: null, item: null, episodeIds: [], rejections: [] };
  if (match.kind === "movie") {
    const movie = await getMovie(actor, match.movieId);
    const rejections = (await grabRejections(actor, release, { movieId: movie.id })).map((r) => r.reason);
    return {
      ...base,
      kind: "movie",
      movieId: movie.id,
      seriesId: null,
      item: { id: movie.id, title: movie.title, year: movie.year },
      episodeIds: [],
      rejections,
    };
  }
  const series = await getSeries(actor, match.seriesId);
  const episodeIds = await episodesCovered(actor, release, series.id);
  const rejections =
    episodeIds.length > 0 ? await grabRejections(actor, release, { seriesId: series.id, episodeIds }) : [];
  return {
    ...base,
    kind: "series",
    movieId: null,
    seriesId: series.id,
    item: { id: series.id, title: series.title, year: series.year },
    episodeIds,
    rejections: rejections.map((r) => r.reason),
  };
}
