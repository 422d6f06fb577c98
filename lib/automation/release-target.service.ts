import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import type { ReleaseCoverage } from "@/lib/downloads";
import { recallRelease } from "@/lib/indexers";
import { decide } from "@/lib/quality";
import { grabbedCandidate, grabRejections, type GrabbedRelease } from "./decisions.service";
import { ReleaseMatcher } from "./release-matcher";
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
export const releaseEpisodes: ReleaseCoverage = (actor, release, seriesId) => episodesCovered(actor, release, seriesId);

export const releaseTargetQuery = z
  .object({
    seriesId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("Which episodes of this series the release covers, instead of the series its name points at"),
  })
  .strict();
export type ReleaseTargetQuery = z.infer<typeof releaseTargetQuery>;

export const releaseTargetSchema = z.object({
  releaseId: z.string(),
  title: z.string().describe("The release name"),
  kind: z.enum(["movie", "series"]).nullable().describe("null: the name matches nothing in the catalog"),
  movieId: z.string().nullable(),
  seriesId: z.string().nullable(),
  episodeIds: z.array(z.string()).describe("For a series: the episodes the release name covers (may be empty)"),
  season: z.number().int().nullable().describe("The season the release name names, if any"),
  rejections: z
    .array(z.string())
    .describe(
      "Why the quality profile rejects it for that movie or those episodes (a grab then needs overrideRejection); empty when accepted",
    ),
});
export type ReleaseTarget = z.infer<typeof releaseTargetSchema>;

/**
 * What a search result is for, as far as its name tells: the catalog movie or series it matches
 * (by the indexer's ids, then by title and year) and, for a series, the episodes it covers. With
 * `seriesId`, the episodes of that series instead (the user picked another one). Free-text search
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
  const match = query.seriesId
    ? ({ kind: "series", seriesId: query.seriesId } as const)
    : (await ReleaseMatcher.load()).match(release);
  if (!match) return { ...base, kind: null, movieId: null, seriesId: null, episodeIds: [], rejections: [] };
  if (match.kind === "movie") {
    const rejections = (await grabRejections(actor, release, { movieId: match.movieId })).map((r) => r.reason);
    return { ...base, kind: "movie", movieId: match.movieId, seriesId: null, episodeIds: [], rejections };
  }
  const episodeIds = await episodesCovered(actor, release, match.seriesId);
  const rejections =
    episodeIds.length > 0 ? await grabRejections(actor, release, { seriesId: match.seriesId, episodeIds }) : [];
  return {
    ...base,
    kind: "series",
    movieId: null,
    seriesId: match.seriesId,
    episodeIds,
    rejections: rejections.map((r) => r.reason),
  };
}
