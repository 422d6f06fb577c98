import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The documented command line (`npx mydia`, `npm run mydia`) runs the built bundle with plain Node: no
 * TypeScript loader per command (it cost ~2 s and ~200 MB each).
 */

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
};
const dataDir = mkdtempSync(path.join(tmpdir(), "mydia-e2e-cli-"));
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dataDir, "mydia.db")}`,
  DATA_DIR: dataDir,
  LOG_LEVEL: "silent",
};

/** The package's `mydia` bin, started the way npm's shim starts it: by plain `node`. */
function mydia(...args: string[]) {
  return spawnSync(process.execPath, [pkg.bin.mydia, ...args], { env, encoding: "utf8" });
}

describe("the mydia command line runs the built code", () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("works under plain node: version, migrate, a user and the jobs", () => {
    const version = mydia("--version");
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);

    const migrated = mydia("migrate");
    expect(migrated.status, migrated.stderr).toBe(0);
    expect(migrated.stdout).toMatch(/migrations: \d+ applied, \d+ in total \(sqlite\)/);

    const created = mydia("user", "create", "--username", "alice", "--password", "correct horse", "--role", "admin");
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout.trim()).toBe("created admin alice");

    const duplicate = mydia("user", "create", "--username", "alice", "--password", "correct horse");
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toMatch(/^mydia: /);

    const jobs = mydia("jobs", "list");
    expect(jobs.status, jobs.stderr).toBe(0);
  });

  it("`npm run mydia` is the same built command", () => {
    expect(pkg.scripts.mydia).toBe(`node ${pkg.bin.mydia}`);
    const result = spawnSync("npm", ["run", "--silent", "mydia", "--", "--version"], { env, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it("bundles the server code as ASCII, so V8 holds each bundle's source at one byte per character", () => {
    const bundles = readdirSync("dist", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mjs"));
    expect(bundles).toEqual(
      expect.arrayContaining(["bin/mydia.mjs", "bin/start.mjs", "bin/web.mjs", "worker/index.mjs"]),
    );
    for (const file of bundles) {
      const nonAscii = /[^\x00-\x7f]/.exec(readFileSync(path.join("dist", file), "utf8"));
      expect(nonAscii?.[0], `${file} holds a non-ASCII character`).toBeUndefined();
    }
  });

  it("says what to do when the code is not built yet", () => {
    const checkout = mkdtempSync(path.join(tmpdir(), "mydia-e2e-cli-unbuilt-"));
    try {
      mkdirSync(path.join(checkout, path.dirname(pkg.bin.mydia)), { recursive: true });
      copyFileSync(pkg.bin.mydia, path.join(checkout, pkg.bin.mydia));
      const result = spawnSync(process.execPath, [path.join(checkout, pkg.bin.mydia), "--version"], {
        env,
        encoding: "utf8",
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("mydia: the command line is not built yet. Run `npm run build`");
    } finally {
      rmSync(checkout, { recursive: true, force: true });
    }
  });
});
