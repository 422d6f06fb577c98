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

/**
 * Would importing a file named like releaseName replace a better one? Judged by the item's
 * quality profile against its present videos for the movie or the episodes, as the decision
 * engine judges files on disk: quality, then revision, then custom-format score. Returns why (for
 * the queue and history), or null.
 */
export async function downgradeOf(
  releaseName: string,
  target: { movieId: string } | { seriesId: string; episodeIds: string[] },
): Promise<string | null> {
  let profileId: string;
  let hints: ReleaseHints;
  if ("movieId" in target) {
    const movie = await getMovie(systemActor, target.movieId);
    profileId = movie.qualityProfileId;
    hints = { kind: "movie", title: movie.title, ...(movie.year ? { year: movie.year } : {}) };
  } else {
    const series = await getSeries(systemActor, target.seriesId);
    profileId = series.qualityProfileId;
    hints = { kind: "tv", title: series.title, seriesType: series.seriesType };
  }
  const episodes = "episodeIds" in target ? new Set(target.episodeIds) : null;
  const owner = "movieId" in target ? { movieId: target.movieId } : { seriesId: target.seriesId };
  const held = (await listMediaFiles(systemActor, owner)).filter(
    (f) =>
      f.role === "video" &&
      f.status === "matched" &&
      !f.missingAt &&
      (!episodes || f.episodeIds.some((id) => episodes.has(id))),
  );
  if (held.length === 0) return null;
  const quality = await loadQualityContext(profileId);
  // ".mkv" so that only this extension is taken off the name (as the queue judges downloads).
  const incoming = toExistingFile(
    { relativePath: `${releaseName}.mkv`, size: 0, quality: null, releaseGroup: null },
    quality,
    hints,
  );
  for (const file of held) {
    const why = downgradeReason(incoming, toExistingFile(file, quality, hints), quality.profile);
    if (why) return why;
  }
  return null;
}
