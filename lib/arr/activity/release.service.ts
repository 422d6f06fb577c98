import { z } from "zod";
import type { Actor } from "@/lib/accounts";
import { interactiveSearch, releaseEpisodes, releaseRejections } from "@/lib/automation";
import { findEpisode } from "@/lib/catalog";
import { grab } from "@/lib/downloads";
import { ValidationError } from "@/lib/errors";
import { arrIdsOf, entityIdOf } from "../ids";
import type { Persona } from "../persona";
import { readReleaseGuid, toArrRelease } from "./release.mapper";

export interface ReleaseSearch {
  movieId?: number;
  seriesId?: number;
  seasonNumber?: number;
  episodeId?: number;
}

/**
 * GET release: Mydia's interactive search for a movie (Radarr) or a series, season or episode
 * (Sonarr), every result judged by the title's quality profile and files on disk.
 */
export async function arrReleaseSearch(actor: Actor, persona: Persona, query: ReleaseSearch, signal?: AbortSignal) {
  let subject: { movieId: string } | { seriesId: string; season?: number } | { episodeId: string };
  let movieArrId: number | undefined;
  let seriesArrId: number | undefined;
  if (persona === "radarr") {
    if (query.movieId === undefined)
      throw new ValidationError("movieId is required", { fields: { movieId: "required" } });
    subject = { movieId: await entityIdOf("movie", query.movieId) };
    movieArrId = query.movieId;
  } else if (query.episodeId !== undefined) {
    subject = { episodeId: await entityIdOf("episode", query.episodeId) };
  } else if (query.seriesId !== undefined) {
    subject = { seriesId: await entityIdOf("series", query.seriesId), season: query.seasonNumber };
    seriesArrId = query.seriesId;
  } else {
    throw new ValidationError("seriesId or episodeId is required", { fields: { seriesId: "required" } });
  }
  const result = await interactiveSearch(actor, subject, { signal });
  const decisions = new Map((result.decisions ?? []).map((d) => [d.releaseId, d]));
  const [indexerIds, episodeIds] = await Promise.all([
    arrIdsOf(
      "indexer",
      result.releases.map((r) => r.indexerId),
    ),
    arrIdsOf(
      "episode",
      [...decisions.values()].flatMap((d) => d.episodeIds),
    ),
  ]);
  if (persona === "sonarr" && query.episodeId !== undefined)
    seriesArrId = (await seriesOfEpisode(actor, query.episodeId)) ?? undefined;
  // Best first, as the decision engine ranks them; rejected ones after.
  const rank = (id: string) => decisions.get(id)?.rank ?? Number.MAX_SAFE_INTEGER;
  return [...result.releases]
    .sort((a, b) => rank(a.id) - rank(b.id))
    .map((release) => {
      const decision = decisions.get(release.id);
      return toArrRelease(persona, release, decision, {
        indexerId: indexerIds.get(release.indexerId)!,
        movieId: movieArrId,
        seriesId: seriesArrId,
        episodeIds: decision?.episodeIds.map((id) => episodeIds.get(id)!),
      });
    });
}

async function seriesOfEpisode(actor: Actor, episodeArrId: number): Promise<number | null> {
  const episode = await findEpisode(actor, await entityIdOf("episode", episodeArrId));
  return (await arrIdsOf("series", [episode.seriesId])).get(episode.seriesId) ?? null;
}

/** What a client posts to grab: the ReleaseResource it got (at least guid and indexerId). */
export const releaseGrabBody = z
  .object({
    guid: z.string().min(1).max(500),
    indexerId: z.number().int().optional(),
    movieId: z.number().int().nullish(),
    seriesId: z.number().int().nullish(),
    episodeIds: z.array(z.number().int()).max(500).nullish(),
    shouldOverride: z.boolean().nullish(),
  })
  .loose();

/**
 * POST release: grabs a result of an earlier search through Mydia's grab, judged again by the
 * decision engine: a rejected release answers 409 unless `shouldOverride` is set (Mydia's override).
 */
export async function arrGrabRelease(actor: Actor, body: z.output<typeof releaseGrabBody>, signal?: AbortSignal) {
  const known = readReleaseGuid(body.guid);
  const movieArrId = body.movieId ?? known.movieId;
  const seriesArrId = body.seriesId ?? known.seriesId;
  const target = movieArrId
    ? { movieId: await entityIdOf("movie", movieArrId) }
    : seriesArrId
      ? {
          seriesId: await entityIdOf("series", seriesArrId),
          ...(body.episodeIds?.length
            ? { episodeIds: await Promise.all(body.episodeIds.map((id) => entityIdOf("episode", id))) }
            : {}),
        }
      : null;
  if (!target) throw new ValidationError("Say which title the release is for", { fields: { movieId: "required" } });
  await grab(
    actor,
    { releaseId: known.resultId, ...target, ...(body.shouldOverride ? { overrideRejection: true } : {}) },
    { signal, judge: releaseRejections, coverage: releaseEpisodes },
  );
  return body;
}
