/** Seerr's `@server/lib/cache`: a node-cache per client; here a small in-memory cache with the calls its clients make. */
export type AvailableCacheIds = "radarr" | "sonarr";

class MemoryCache {
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt < Date.now()) return undefined;
    return entry.value as T;
  }

  set(key: string, value: unknown, ttlSeconds = 300): boolean {
    this.entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
    return true;
  }

  del(key: string): number {
    return this.entries.delete(key) ? 1 : 0;
  }

  getTtl(key: string): number | undefined {
    return this.entries.get(key)?.expiresAt;
  }

  flushAll(): void {
    this.entries.clear();
  }
}

const caches = new Map<AvailableCacheIds, { data: MemoryCache }>();

const cacheManager = {
  getCache(id: AvailableCacheIds): { data: MemoryCache } {
    if (!caches.has(id)) caches.set(id, { data: new MemoryCache() });
    return caches.get(id)!;
  },
};
export default cacheManager;
