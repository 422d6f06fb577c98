import { assertCan, type Actor } from "@/lib/accounts";
import { NotFoundError } from "@/lib/errors";
import { toIndexerError } from "./errors";
import { getIndexerRow } from "./indexer.repo";
import { createCardigannAdapter, type CardigannAdapter } from "./cardigann/adapter";
import type { ResolvedDownload } from "./cardigann/download";
import { readSecrets, type AdapterDeps } from "./runtime";
import { recordGrab } from "./stats.service";

export type { ResolvedDownload };

/**
 * What to hand a download client for a release: the magnet, or the .torrent/.nzb fetched with the
 * indexer's credentials and session (Cardigann download blocks run here). Counts the grab.
 */
export async function resolveReleaseDownload(
  actor: Actor,
  release: { indexerId: string; downloadUrl: string | null; magnetUrl: string | null },
  deps: AdapterDeps = {},
): Promise<ResolvedDownload | { kind: "url"; url: string }> {
  assertCan(actor, "manage");
  const row = await getIndexerRow(release.indexerId);
  if (!row) throw new NotFoundError("The indexer of this release no longer exists");
  let result: ResolvedDownload | { kind: "url"; url: string };
  if (row.kind === "cardigann") {
    const adapter: CardigannAdapter = await createCardigannAdapter(row, readSecrets(row), deps);
    const link = release.downloadUrl ?? release.magnetUrl;
    if (!link) throw toIndexerError(new Error("the release has no download link"), row.name);
    result = await adapter.resolveDownload(link);
  } else if (release.magnetUrl && !release.downloadUrl) {
    result = { kind: "magnet", uri: release.magnetUrl };
  } else if (release.downloadUrl) {
    // Torznab/Newznab links carry their own API key; the download client can fetch them as they are.
    result = { kind: "url", url: release.downloadUrl };
  } else {
    throw toIndexerError(new Error("the release has no download link"), row.name);
  }
  await recordGrab(row.id);
  return result;
}
