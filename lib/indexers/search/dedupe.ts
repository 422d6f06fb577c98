import type { IndexerRelease } from "../release";

const normalizeTitle = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, "");

/** The identities of a release: any shared one makes two releases the same (info hash, guid, title + size). */
export function releaseKeys(release: IndexerRelease): string[] {
  const keys: string[] = [];
  if (release.infoHash) keys.push(`hash:${release.infoHash.toLowerCase()}`);
  if (release.guid) keys.push(`guid:${release.guid}`);
  if (release.size) keys.push(`title:${normalizeTitle(release.title)}:${release.size}`);
  return keys;
}

/** Remembers what was seen during one search; results from later indexers that repeat a key are dropped. */
export class Deduplicator {
  private readonly seen = new Set<string>();
  duplicates = 0;

  /** Returns the release's primary key, or null when it is a duplicate. */
  admit(release: IndexerRelease): string | null {
    const keys = releaseKeys(release);
    if (keys.length === 0) keys.push(`title:${normalizeTitle(release.title)}:${release.indexerId}`);
    if (keys.some((key) => this.seen.has(key))) {
      this.duplicates++;
      return null;
    }
    for (const key of keys) this.seen.add(key);
    return keys[0];
  }
}
