import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createApiKey, createUser, type Actor } from "@/lib/accounts";
import { openDatabase } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { createLibrary, listLibraries } from "@/lib/library";
import { sanitizeComponent } from "@/lib/library/paths";
import { createCustomFormat, createDelayProfile, createReleaseProfile } from "@/lib/quality";
import { useAllowedRoot } from "../library/helpers";

const admin: Actor = { kind: "user", userId: "admin-id", username: "admin", role: "admin", via: "session" };
const hostile = {
  nul: "Films\u0000",
  bidi: "Films\u202Egpj.exe",
  isolate: "Films\u2066x\u2069",
  control: "Films\u0007",
  c1: "Films\u0085",
};

/** #16.15 and #12.14: hostile characters in names are refused the same way on SQLite and PostgreSQL. */
describe("names with control characters, NUL and direction marks", () => {
  it("libraries refuse them with a clear message instead of storing (SQLite) or failing with a 500 (PostgreSQL)", async () => {
    const root = await useAllowedRoot("names");
    for (const name of Object.values(hostile)) {
      const error = await createLibrary(admin, { name, kind: "movie", path: root }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(/control characters, NUL or invisible direction marks/);
    }
    expect(await listLibraries(admin)).toEqual([]);
    await expect(
      createLibrary(admin, { name: "Filmer på Åland 東京", kind: "movie", path: root }),
    ).resolves.toMatchObject({
      name: "Filmer på Åland 東京",
    });
  });

  it("users, API keys, custom formats, release profiles and tags refuse them too", async () => {
    for (const name of Object.values(hostile)) {
      await expect(
        createUser(admin, { username: name, password: "long enough 1", role: "user" }),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(
        createCustomFormat(admin, { name, conditions: [{ type: "releaseTitle", pattern: "x265" }] }),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(createReleaseProfile(admin, { name, required: ["x265"] })).rejects.toBeInstanceOf(ValidationError);
      await expect(createReleaseProfile(admin, { name: "Terms", required: [name] })).rejects.toBeInstanceOf(
        ValidationError,
      );
      await expect(createDelayProfile(admin, { tags: [name] })).rejects.toBeInstanceOf(ValidationError);
    }
    const user = await createUser(admin, { username: "keyholder", password: "long enough 1", role: "user" });
    const holder: Actor = { kind: "user", userId: user.id, username: user.username, role: "user", via: "session" };
    await expect(createApiKey(holder, hostile.bidi)).rejects.toBeInstanceOf(ValidationError);
  });

  it("titles from peers lose them before they become file names", () => {
    expect(sanitizeComponent("Movie\u202Evkm.exe (2020)", "mkv")).toBe("Movievkm.exe (2020).mkv");
    expect(sanitizeComponent("A\u2066B\u2069\u0085C\u200F", "")).toBe("ABC");
  });
});

describe("data files", () => {
  it("the SQLite database and its -wal and -shm files are readable by the owner only", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mydia-mode-"));
    try {
      const file = path.join(dir, "data", "mydia.db");
      const handle = openDatabase({ dialect: "sqlite", sqlitePath: file, DATABASE_URL: `file:${file}` });
      if (handle.dialect !== "sqlite") throw new Error("expected SQLite");
      handle.sqlite.exec("create table t (x integer); insert into t values (1);");
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect((statSync(f).mode & 0o777).toString(8)).toBe("600");
      expect((statSync(path.dirname(file)).mode & 0o777).toString(8)).toBe("700");
      await handle.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
