import { qualityFor } from "@/lib/release";
import { episodeKey, type DecisionContext, type ReleaseCandidate } from "./context";
import { matchFormats, releaseTypeOf, totalScore } from "./formats";
import { placeOf } from "./profile";
import type { Evaluation } from "./spec";

function coveredEpisodes(candidate: ReleaseCandidate, ctx: DecisionContext): string[] {
  const { target } = ctx;
  if (target.kind === "movie") return [];
  const r = candidate.release;
  if (r.fullSeason || r.multiSeason) {
    const seasons = r.seasons.length > 0 ? r.seasons : r.season !== null ? [r.season] : [];
    return target.seasonEpisodes.filter((e) => seasons.includes(e.season)).map((e) => episodeKey(e.season, e.episode));
  }
  if (r.airDate !== null) {
    return target.seasonEpisodes.filter((e) => e.airDate === r.airDate).map((e) => episodeKey(e.season, e.episode));
  }
  if (r.episodes.length > 0 && r.season !== null) return r.episodes.map((n) => episodeKey(r.season!, n));
  if (r.absolute.length > 0) {
    const all = [...target.seasonEpisodes, ...target.episodes];
    return r.absolute.flatMap((a) => {
      const hit = all.find((e) => e.absolute === a);
      return hit ? [episodeKey(hit.season, hit.episode)] : [];
    });
  }
  return [];
}

/** Computes once what every spec reads. */
export function evaluate(candidate: ReleaseCandidate, ctx: DecisionContext): Evaluation {
  const release = candidate.release;
  const q = qualityFor(release.quality.source, release.quality.resolution, release.quality.modifier);
  const releaseType = releaseTypeOf(release);
  const formats = matchFormats(ctx.formats, ctx.profile, {
    title: candidate.title,
    release,
    size: candidate.size,
    flags: candidate.flags,
    releaseType,
  });
  const episodeKeys = coveredEpisodes(candidate, ctx);
  const published = candidate.publishedAt ? Date.parse(candidate.publishedAt) : Number.NaN;
  return {
    candidate,
    release,
    qualityId: q.id,
    qualityName: q.name,
    place: placeOf(ctx.profile, q.id),
    formats,
    formatScore: totalScore(formats),
    releaseType,
    episodeCount: ctx.target.kind === "movie" ? 1 : Math.max(1, episodeKeys.length, release.episodes.length),
    episodeKeys,
    ageMinutes: Number.isNaN(published) ? null : Math.max(0, (ctx.now - published) / 60_000),
  };
}
