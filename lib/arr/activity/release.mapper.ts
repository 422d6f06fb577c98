import type { InteractiveDecision, InteractiveRelease } from "@/lib/automation";
import { ValidationError } from "@/lib/errors";
import { qualityByName } from "@/lib/release";
import type { Persona } from "../persona";
import { arrLanguages, arrQualityModel } from "./quality-model.mapper";

/**
 * The guid a client grabs a result by: the search result's opaque id and the title it was searched
 * for, so a POST with only {guid, indexerId} (LunaSea, nzb360) knows both.
 * `mydia:<result id>:m<movie id>` or `mydia:<result id>:s<series id>`.
 */
export function releaseGuid(resultId: string, target: { movieId: number } | { seriesId: number }): string {
  return `mydia:${resultId}:${"movieId" in target ? `m${target.movieId}` : `s${target.seriesId}`}`;
}

export function readReleaseGuid(guid: string): { resultId: string; movieId?: number; seriesId?: number } {
  const match = /^mydia:([A-Za-z0-9_-]+):([ms])(\d+)$/.exec(guid);
  if (!match)
    throw new ValidationError("This release is not one of Mydia's search results: search again", {
      fields: { guid: "unknown release" },
    });
  const id = Number(match[3]);
  return { resultId: match[1], ...(match[2] === "m" ? { movieId: id } : { seriesId: id }) };
}

const imdbNumber = (imdbId: string | null) => (imdbId && /^tt\d+$/.test(imdbId) ? Number(imdbId.slice(2)) : 0);

export function toArrRelease(
  persona: Persona,
  release: InteractiveRelease,
  decision: InteractiveDecision | undefined,
  ids: { indexerId: number; movieId?: number; seriesId?: number; episodeIds?: number[] },
) {
  const parsed = release.parsed;
  const hours = release.ageHours ?? 0;
  const quality = arrQualityModel(persona, {
    name: decision?.quality.name ?? parsed.quality,
    revision: { version: parsed.version, real: 0 },
  });
  const accepted = decision?.accepted ?? false;
  const seeders = release.protocol === "torrent" ? release.seeders : null;
  const leechers =
    release.protocol === "torrent" && release.peers !== null
      ? Math.max(0, release.peers - (release.seeders ?? 0))
      : null;
  const common = {
    id: 0,
    guid: releaseGuid(
      release.id,
      persona === "radarr" ? { movieId: ids.movieId ?? 0 } : { seriesId: ids.seriesId ?? 0 },
    ),
    quality,
    customFormats: [],
    customFormatScore: decision?.formatScore ?? 0,
    qualityWeight: (qualityByName(quality.quality.name)?.weight ?? 0) * 100,
    age: Math.floor(hours / 24),
    ageHours: hours,
    ageMinutes: hours * 60,
    size: Math.round(release.size ?? 0),
    indexerId: ids.indexerId,
    indexer: release.indexerName,
    releaseGroup: parsed.group,
    subGroup: null,
    releaseHash: null,
    title: release.title,
    sceneSource: false,
    languages: arrLanguages(parsed.languages),
    approved: accepted,
    temporarilyRejected: decision?.temporarilyRejected ?? false,
    rejected: !accepted,
    rejections: decision
      ? decision.rejections.map((r) => r.reason)
      : ["Not judged: Mydia could not match it to the title"],
    publishDate: release.publishedAt ?? new Date(Date.now() - hours * 3_600_000).toISOString(),
    commentUrl: null,
    // Links to the files carry the indexer's key: they stay on the server, the grab goes through Mydia.
    downloadUrl: null,
    infoUrl: release.infoUrl,
    downloadAllowed: true,
    releaseWeight: decision?.rank ?? 0,
    magnetUrl: null,
    infoHash: release.infoHash,
    seeders,
    leechers,
    protocol: release.protocol,
    downloadClientId: null,
    downloadClient: null,
    shouldOverride: null,
  };
  if (persona === "radarr")
    return {
      ...common,
      movieTitles: parsed.title ? [parsed.title] : [],
      mappedMovieId: ids.movieId ?? null,
      tmdbId: release.tmdbId ?? 0,
      imdbId: imdbNumber(release.imdbId),
      movieRequested: true,
      edition: parsed.edition,
      indexerFlags: null,
      movieId: ids.movieId ?? null,
    };
  return {
    ...common,
    fullSeason: parsed.fullSeason,
    seasonNumber: parsed.season ?? 0,
    languageWeight: 0,
    airDate: parsed.airDate,
    seriesTitle: parsed.title,
    episodeNumbers: parsed.episodes,
    absoluteEpisodeNumbers: parsed.absolute,
    mappedSeasonNumber: parsed.season,
    mappedEpisodeNumbers: parsed.episodes,
    mappedAbsoluteEpisodeNumbers: parsed.absolute,
    mappedSeriesId: ids.seriesId ?? null,
    tvdbId: release.tvdbId ?? 0,
    tvRageId: 0,
    imdbId: release.imdbId,
    episodeRequested: true,
    indexerFlags: 0,
    isDaily: parsed.kind === "daily",
    isAbsoluteNumbering: parsed.kind === "anime",
    isPossibleSpecialEpisode: false,
    special: parsed.special,
    seriesId: ids.seriesId ?? null,
    episodeId: ids.episodeIds?.length === 1 ? ids.episodeIds[0] : null,
    episodeIds: ids.episodeIds ?? [],
  };
}
