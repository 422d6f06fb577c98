import { systemActor } from "@/lib/accounts";
import { getMovie, getSeries } from "@/lib/catalog";
import { listMediaFiles } from "@/lib/library";
import {
  compareQualities,
  loadQualityContext,
  placeOf,
  toExistingFile,
  type ExistingFile,
  type QualityProfile,
} from "@/lib/quality";
import type { ReleaseHints } from "@/lib/release";

function downgradeReason(incoming: ExistingFile, held: ExistingFile, profile: QualityProfile): string | null {
  const name = (f: ExistingFile) => placeOf(profile, f.qualityId)?.item.name ?? `quality ${f.qualityId}`;
  const quality = compareQualities(profile, incoming.qualityId, held.qualityId);
  if (quality !== 0)
    return quality < 0
      ? `the file on disk has a better quality (${name(held)}) than this one (${name(incoming)})`
      : null;
  const revision = incoming.revision.version - held.revision.version || incoming.revision.real - held.revision.real;
  if (revision !== 0)
    return revision < 0 ? `the file on disk is a newer revision of ${name(held)} (v${held.revision.version})` : null;
  return incoming.formatScore < held.formatScore
    ? `the file on disk has a better custom-format score (${held.formatScore}; this one ${incoming.formatScore})`
    : null;
}

/** Judges files of one import run: does a file named like releaseName replace a better one for these episodes? */
export type DowngradeJudge = (releaseName: string, episodeIds?: readonly string[]) => string | null;

/**
 * Loads once, for a movie or a series, what an import replaces — its present videos, judged by the
 * item's quality profile as the decision engine judges files on disk — and returns a judge of the
 * files to import: why a file (named like releaseName, for these episodes) would replace a better
 * one by quality, then revision, then custom-format score; null when it would not.
 */
export async function downgradeJudge(owner: { movieId: string } | { seriesId: string }): Promise<DowngradeJudge> {
  const held = (await listMediaFiles(systemActor, owner)).filter(
    (f) => f.role === "video" && f.status === "matched" && !f.missingAt,
  );
  if (held.length === 0) return () => null;
  let profileId: string;
  let hints: ReleaseHints;
  if ("movieId" in owner) {
    const movie = await getMovie(systemActor, owner.movieId);
    profileId = movie.qualityProfileId;
    hints = { kind: "movie", title: movie.title, ...(movie.year ? { year: movie.year } : {}) };
  } else {
    const series = await getSeries(systemActor, owner.seriesId);
    profileId = series.qualityProfileId;
    hints = { kind: "tv", title: series.title, seriesType: series.seriesType };
  }
  const quality = await loadQualityContext(profileId);
  const judged = held.map((file) => ({ episodeIds: file.episodeIds, existing: toExistingFile(file, quality, hints) }));
  return (releaseName, episodeIds) => {
    const overlapping = episodeIds ? judged.filter((h) => h.episodeIds.some((id) => episodeIds.includes(id))) : judged;
    if (overlapping.length === 0) return null;
    // ".mkv" so that only this extension is taken off the name (as the queue judges downloads).
    const incoming = toExistingFile(
      { relativePath: `${releaseName}.mkv`, size: 0, quality: null, releaseGroup: null },
      quality,
      hints,
    );
    for (const h of overlapping) {
      const why = downgradeReason(incoming, h.existing, quality.profile);
      if (why) return why;
    }
    return null;
  };
}
