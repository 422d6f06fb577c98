import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { ConflictError } from "@/lib/errors";
import {
  deleteGrabClaims,
  deleteGrabClaimsBefore,
  findBlockedOfReleases,
  insertGrabClaims,
  findDownloadsOfReleases,
  type BlocklistRow,
  type DownloadOfRelease,
} from "./download.repo";

/**
 * What Mydia already did with a release: in the queue now, grabbed and imported, grabbed before
 * (failed or removed since), or blocklisted. Null: never seen.
 */
export const releaseStateSchema = z
  .enum(["queued", "imported", "grabbed", "blocklisted"])
  .nullable()
  .describe("queued: in the queue now; imported: grabbed and imported; grabbed: grabbed before (failed or removed)");
export type ReleaseState = z.infer<typeof releaseStateSchema>;

/** How a release is recognised: its guid on its indexer, or its info hash anywhere. */
export interface ReleaseIdentity {
  title: string;
  guid: string | null;
  indexerId: string | null;
  infoHash: string | null;
}

const isActive = (row: DownloadOfRelease) => !row.imported && !row.removedAt && row.status !== "failed";

const sameRelease = (row: DownloadOfRelease, release: ReleaseIdentity) =>
  (!!release.infoHash && row.infoHash === release.infoHash.toLowerCase()) ||
  (!!release.guid && row.guid === release.guid && row.indexerId === release.indexerId);

const isBlocked = (entry: BlocklistRow, release: ReleaseIdentity) =>
  (!!release.infoHash && entry.infoHash === release.infoHash.toLowerCase()) ||
  (entry.title === release.title && (!release.indexerId || entry.indexerId === release.indexerId));

function stateOf(
  release: ReleaseIdentity,
  downloads: readonly DownloadOfRelease[],
  blocked: readonly BlocklistRow[],
): ReleaseState {
  if (blocked.some((entry) => isBlocked(entry, release))) return "blocklisted";
  const mine = downloads.filter((row) => sameRelease(row, release));
  if (mine.some(isActive)) return "queued";
  if (mine.some((row) => row.imported)) return "imported";
  return mine.length ? "grabbed" : null;
}

async function lookUp(releases: readonly ReleaseIdentity[]) {
  const hashes = releases.flatMap((r) => (r.infoHash ? [r.infoHash.toLowerCase()] : []));
  const guids = releases.flatMap((r) => (r.guid ? [r.guid] : []));
  const [downloads, blocked] = await Promise.all([
    findDownloadsOfReleases(guids, hashes),
    findBlockedOfReleases(
      releases.map((r) => r.title),
      hashes,
    ),
  ]);
  return { downloads, blocked };
}

/** The state of each release, in the same order: every release list shows it. */
export async function releaseStates(actor: Actor, releases: readonly ReleaseIdentity[]): Promise<ReleaseState[]> {
  assertCan(actor, "read");
  if (releases.length === 0) return [];
  const { downloads, blocked } = await lookUp(releases);
  return releases.map((release) => stateOf(release, downloads, blocked));
}

/**
 * Refuses a second grab of the same release (same guid on its indexer, or same info hash) while an
 * earlier download of it is in the queue or was imported.
 */
export async function assertNotGrabbedBefore(release: ReleaseIdentity): Promise<void> {
  if (!release.guid && !release.infoHash) return;
  const { downloads } = await lookUp([release]);
  const mine = downloads.filter((row) => sameRelease(row, release));
  const active = mine.find(isActive);
  if (active)
    throw new ConflictError(`"${release.title}" is already in the queue`, {
      downloadId: active.id,
      state: "queued",
    });
  const imported = mine.find((row) => row.imported);
  if (imported)
    throw new ConflictError(`"${release.title}" was already grabbed and imported: pick another release`, {
      downloadId: imported.id,
      state: "imported",
    });
}

/** A claim outlives a crashed grab this long at most (a grab fetches with a 30 s timeout, then asks the clients). */
const CLAIM_TTL_MS = 5 * 60_000;

const claimKeys = (release: ReleaseIdentity): string[] => [
  ...(release.guid ? [`guid:${release.indexerId ?? ""}:${release.guid}`] : []),
  ...(release.infoHash ? [`hash:${release.infoHash.toLowerCase()}`] : []),
];

/**
 * Marks a release as being grabbed, in the database so every web process and the worker see it:
 * a second grab of the same release (guid or info hash) that starts before the first one has
 * recorded its download is refused instead of slipping past the duplicate check. Returns the
 * keys taken; give them to releaseGrabClaims when the grab ends, whichever way.
 */
export async function claimGrab(release: ReleaseIdentity, now = new Date()): Promise<string[]> {
  const keys = claimKeys(release);
  if (keys.length === 0) return [];
  await deleteGrabClaimsBefore(new Date(now.getTime() - CLAIM_TTL_MS));
  const taken = await insertGrabClaims(keys, now);
  if (taken.length < keys.length) {
    await deleteGrabClaims(taken);
    throw new ConflictError(`"${release.title}" is being grabbed right now`, { state: "queued" });
  }
  return taken;
}

export const releaseGrabClaims = (keys: readonly string[]): Promise<void> => deleteGrabClaims(keys);
