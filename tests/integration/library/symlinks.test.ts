import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveInLibrary } from "@/lib/library/paths";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { admin, reader, useAllowedRoot, useFakeTmdb, writeFiles } from "./helpers";

/** #16.6: a symbolic link inside a library must not lead the scan, listings or ffprobe out of it. */
describe("library: symbolic links never lead out of a library's real root", () => {
  let fake: FakeTmdb;
  let library: typeof import("@/lib/library");
  let base = "";
  let outside = "";
  let root = "";
  let libraryId = "";

  beforeAll(async () => {
    fake = await useFakeTmdb();
    base = await useAllowedRoot("symlinks");
    outside = mkdtempSync(path.join(tmpdir(), "mydia-outside-"));
    library = await import("@/lib/library");
    root = path.join(base, "Movies");
    writeFiles(outside, ["Secret (2001)/Secret (2001).mkv", "Loose (2003).mkv"]);
    writeFiles(root, ["Real (2002)/Real (2002).mkv"]);
    symlinkSync(outside, path.join(root, "Elsewhere"));
    symlinkSync(path.join(outside, "Loose (2003).mkv"), path.join(root, "Loose (2003).mkv"));
    // A link that stays inside the root is fine (reported once as a second way to the same folder).
    mkdirSync(path.join(base, "Movies", "Links"));
    symlinkSync(path.join(root, "Real (2002)"), path.join(root, "Links", "Alias (2002)"));
    libraryId = (await library.createLibrary(admin, { name: "Movies", kind: "movie", path: root })).id;
  });
  afterAll(async () => {
    await fake?.stop();
    rmSync(base, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it("the scan skips links that leave the root and says so; nothing outside is stored or listed", async () => {
    const result = await library.scanLibrary(libraryId, { metadataSearch: false });
    const messages = result.errors.map((e) => `${e.path}: ${e.message}`).join("\n");
    expect(messages).toMatch(/Elsewhere: symbolic link leads outside the library/);
    expect(messages).toMatch(/Loose \(2003\)\.mkv: symbolic link leads outside the library/);

    const unmatched = await library.listUnmatched(reader, libraryId);
    const all = unmatched.groups.flatMap((g) => g.files.map((f) => f.relativePath));
    expect(all.some((p) => p.includes("Secret") || p.includes("Loose"))).toBe(false);
    expect(all.some((p) => p.endsWith("Real (2002).mkv"))).toBe(true);
  });

  it("library paths that pass through an outward link are refused before any file operation", () => {
    expect(() => resolveInLibrary(root, "Elsewhere/Secret (2001)/Secret (2001).mkv")).toThrow(
      /Not a path inside the library/,
    );
    expect(resolveInLibrary(root, "Links/Alias (2002)/Real (2002).mkv")).toBe(
      path.join(root, "Links/Alias (2002)/Real (2002).mkv"),
    );
  });

  it("the folder picker does not offer a link that leaves the allowed roots", async () => {
    const listing = await library.browseFolders(admin, root);
    expect(listing.folders.map((f) => f.name)).not.toContain("Elsewhere");
    await expect(library.browseFolders(admin, path.join(root, "Elsewhere"))).rejects.toThrow(/outside the folders/);
  });
});
