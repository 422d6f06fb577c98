import { systemActor } from "@/lib/accounts";
import { compareQualities, placeOf, type ExistingFile, type QualityProfile } from "@/lib/quality";
import { toExistingFile } from "./held-files";
import { subjectContext } from "./subject-context";

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
 * quality profile against the files on disk for the movie or the episodes: quality, then
 * revision, then custom-format score. Returns why (for the queue and history), or null.
 */
export async function downgradeOf(
  releaseName: string,
  target: { movieId: string } | { seriesId: string; episodeIds: string[] },
): Promise<string | null> {
  const loaded = await subjectContext(systemActor, target, { source: "automatic" });
  if (!loaded || loaded.ctx.existingFiles.length === 0) return null;
  // ".mkv" so that only this extension is taken off the name (as the queue judges downloads).
  const incoming = toExistingFile(
    { relativePath: `${releaseName}.mkv`, size: 0, quality: null, releaseGroup: null },
    loaded.ctx,
    loaded.hints,
  );
  for (const held of loaded.ctx.existingFiles) {
    const why = downgradeReason(incoming, held, loaded.ctx.profile);
    if (why) return why;
  }
  return null;
}
