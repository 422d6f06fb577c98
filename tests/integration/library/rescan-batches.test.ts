import { mkdirSync, rmSync, statSync, unlinkSync, utimesSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, useAllowedRoot, writeFiles } from "./helpers";

/**
 * A rescan compares the walked files with the database a batch at a time (not the whole library at once):
 * across several batches it still skips unchanged files, re-reads changed ones, marks vanished ones missing
 * (also a whole vanished folder) and restores reappearing ones.
 */
describe("library rescan over more files than one comparison batch", () => {
  let library: typeof import("@/lib/library");
  let base = "";
  let libraryId = "";
  const count = 2600;
  const name = (i: number) => `Film ${i} (2001)/Film ${i} (2001) WEBDL-1080p.mkv`;

  beforeAll(async () => {
    base = await useAllowedRoot("rescan-batches");
    library = await import("@/lib/library");
    const root = path.join(base, "Movies");
    mkdirSync(root);
    writeFiles(
      root,
      Array.from({ length: count }, (_, i) => name(i)),
    );
    libraryId = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: root, monitorNew: false }))
      .id;
    const first = await library.scanLibrary(libraryId, { metadataSearch: false });
    expect(first).toMatchObject({ seen: count, added: count, unmatched: count });
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("skips every unchanged file and counts them as before", async () => {
    const again = await library.scanLibrary(libraryId, { metadataSearch: false });
    expect(again).toMatchObject({ seen: count, unchanged: count, added: 0, changed: 0, missing: 0, unmatched: count });
    expect(again.toAnalyze).toEqual([]);
  });

  it("finds changed, vanished and reappearing files in any batch", async () => {
    const root = path.join(base, "Movies");
    const vanished = [3, 1500, 2599];
    const mtime = new Date(Math.trunc(statSync(path.join(root, name(1500))).mtimeMs));
    for (const i of vanished) unlinkSync(path.join(root, name(i)));
    rmSync(path.join(root, "Film 2000 (2001)"), { recursive: true });
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, name(1999)), later, later);
    writeFiles(root, ["Film New (2002)/Film New (2002) Bluray-1080p.mkv"]);

    const result = await library.scanLibrary(libraryId, { metadataSearch: false });
    expect(result).toMatchObject({ seen: count - 3, changed: 1, added: 1, missing: 4, unchanged: count - 5 });
    expect((await library.scanLibrary(libraryId, { metadataSearch: false })).missing).toBe(0);

    // Back exactly as it was (size and mtime): restored, not re-read.
    writeFiles(root, [name(1500)]);
    utimesSync(path.join(root, name(1500)), mtime, mtime);
    const back = await library.scanLibrary(libraryId, { metadataSearch: false });
    expect(back).toMatchObject({ changed: 0, added: 0, missing: 0, reappeared: 1, unchanged: count - 2 });
  });
});
