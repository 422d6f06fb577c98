import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, reader, useAllowedRoot } from "./helpers";

describe("library: path mappings, folder picker, migration of the interim root folders", () => {
  let library: typeof import("@/lib/library");
  let base = "";

  beforeAll(async () => {
    base = await useAllowedRoot("settings");
    library = await import("@/lib/library");
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("path mappings: admin only, unique, and a clear error when a mapped path cannot be reached", async () => {
    mkdirSync(path.join(base, "dl", "Movie"), { recursive: true });
    await expect(library.addPathMapping(reader, { remotePath: "/downloads", localPath: base })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(library.addPathMapping(admin, { remotePath: "downloads", localPath: base })).rejects.toMatchObject({
      code: "validation_failed",
    });
    const m = await library.addPathMapping(admin, { remotePath: "/downloads/", localPath: path.join(base, "dl") });
    await expect(library.addPathMapping(admin, { remotePath: "/downloads", localPath: "/x" })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await library.listPathMappings(admin)).toEqual([
      { id: m.id, remotePath: "/downloads", localPath: path.join(base, "dl") },
    ]);
    expect(await library.resolveRemotePath("/downloads/Movie")).toBe(path.join(base, "dl", "Movie"));
    await expect(library.resolveRemotePath("/downloads/Gone")).rejects.toThrow(
      /mapped to .*Gone \(mapping \/downloads → .*\), which does not exist on this server/,
    );
    await expect(library.resolveRemotePath("/elsewhere/x")).rejects.toThrow(/add a path mapping/);
    await library.deletePathMapping(admin, m.id);
    expect(await library.listPathMappings(admin)).toEqual([]);
  });

  it("the folder picker lists only folders under the allowed roots", async () => {
    mkdirSync(path.join(base, "media", "movies"), { recursive: true });
    mkdirSync(path.join(base, "media", ".hidden"), { recursive: true });
    expect((await library.browseFolders(admin, undefined)).folders.map((f) => f.path)).toEqual([base]);
    const listing = await library.browseFolders(admin, path.join(base, "media"));
    expect(listing).toMatchObject({
      parent: base,
      folders: [{ name: "movies", path: path.join(base, "media", "movies") }],
    });
    await expect(library.browseFolders(admin, "/etc")).rejects.toThrow(/outside the folders Mydia may browse/);
    await expect(library.browseFolders(admin, path.join(base, "media", "..", ".."))).rejects.toThrow(/outside/);
    await expect(library.browseFolders(reader, base)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("migration 0004 turns the interim root-folder settings into libraries with the same ids", async () => {
    const { db, tables, getDbHandle } = await import("@/lib/db");
    const { sql } = await import("drizzle-orm");
    const handle = getDbHandle();
    await db().delete(tables.libraries);
    await db()
      .insert(tables.settings)
      .values({ key: "catalog.rootFolders", value: { movie: "/data/movies", tv: "/data/tv" }, updatedAt: new Date() });
    const file = path.resolve(
      "drizzle",
      handle.dialect === "pg" ? "pg" : "sqlite",
      "0004_libraries_from_root_folders.sql",
    );
    for (const statement of readFileSync(file, "utf8").split("--> statement-breakpoint")) {
      if (handle.dialect === "pg") await db().execute(sql.raw(statement));
      else handle.sqlite.exec(statement);
    }
    const rows = await db().select().from(tables.libraries);
    expect(rows.map((r) => [r.id, r.kind, r.path, r.naming.renameFiles]).sort()).toEqual([
      ["movies", "movie", "/data/movies", true],
      ["tv", "tv", "/data/tv", true],
    ]);
    expect(
      await db()
        .select()
        .from(tables.settings)
        .where(sql`${tables.settings.key} = 'catalog.rootFolders'`),
    ).toEqual([]);
  });
});
