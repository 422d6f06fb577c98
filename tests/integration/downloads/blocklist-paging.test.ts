import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/accounts";
import { db, tables } from "@/lib/db";

/** Activity → Blocklist reads one page at a time, newest first, with the total (both dialects). */
const reader: Actor = { kind: "user", userId: "reader-id", username: "reader", role: "readonly", via: "session" };
const ENTRIES = 120;

beforeAll(async () => {
  const now = Date.now();
  await db()
    .insert(tables.blocklist)
    .values(
      Array.from({ length: ENTRIES }, (_, i) => ({
        title: `Blocked.Release.${String(i).padStart(3, "0")}-GRP`,
        protocol: "torrent" as const,
        reason: "Failed to download",
        // Two entries share each time: the order must still be stable across pages.
        createdAt: new Date(now - Math.floor(i / 2) * 60_000),
      })),
    );
});

describe("blocklist paging", () => {
  it("pages the blocklist newest first, without gaps or repeats", async () => {
    const { listBlocklistPage } = await import("@/lib/downloads");
    const pages = await Promise.all([1, 2, 3].map((page) => listBlocklistPage(reader, { page, pageSize: 50 })));
    expect(pages.map((p) => [p.total, p.items.length])).toEqual([
      [ENTRIES, 50],
      [ENTRIES, 50],
      [ENTRIES, 20],
    ]);
    const items = pages.flatMap((p) => p.items);
    expect(new Set(items.map((i) => i.id)).size).toBe(ENTRIES);
    const times = items.map((i) => i.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(items[0].title).toMatch(/Blocked\.Release\.00[01]-GRP/);
  });

  it("refuses a page size beyond the limit", async () => {
    const { listBlocklistPage } = await import("@/lib/downloads");
    await expect(listBlocklistPage(reader, { pageSize: 5000 })).rejects.toThrow();
  });
});
