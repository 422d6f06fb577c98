/**
 * Backup size and time at 10,000 titles (issue 15): the cached realistic seed of bench/scale
 * (SQLite file under /tmp/mydia-scale-v<seed version>/sqlite-<titles>, seeded on first use) is
 * backed up and restored on SQLite, then copied with `mydia db copy`'s code into a throwaway
 * PostgreSQL server and backed up and restored there with pg_dump and with the logical export.
 * Each measurement runs in its own process (the configuration is read once per process).
 *
 * Run: `npx tsx bench/backup/size.ts [--titles 10000] [--runs 3]`
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startPostgres } from "../../tests/helpers/postgres-server";
import { SEED_VERSION } from "../scale/seed";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const titles = Number(arg("titles", "10000"));
const runs = Number(arg("runs", "3"));

// --- one measurement, in a child process ---------------------------------------------------------
if (process.argv.includes("--child")) {
  const { createBackup, restoreBackup, backupDirectory } = await import("@/lib/backups");
  const { closeDb } = await import("@/lib/db");
  const result: Record<string, number | string> = {};
  if (process.argv.includes("--copy-from")) {
    const { copySqliteToPostgres } = await import("@/lib/db");
    await copySqliteToPostgres({ sqlitePath: arg("copy-from", ""), targetUrl: process.env.DATABASE_URL! });
  }
  const backupMs: number[] = [];
  let name = "";
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const backup = await createBackup({ kind: "manual" });
    backupMs.push(performance.now() - started);
    result.bytes = backup.bytes;
    result.method = backup.method;
    name = backup.name;
  }
  const started = performance.now();
  await restoreBackup(path.join(backupDirectory(), name));
  result.restoreMs = performance.now() - started;
  result.backupMs = backupMs.sort((a, b) => a - b)[Math.floor(backupMs.length / 2)];
  await closeDb();
  console.log(JSON.stringify(result));
  process.exit(0);
}

function child(env: Record<string, string>, extra: string[] = []): Record<string, number | string> {
  const out = spawnSync(
    process.execPath,
    ["--import", "tsx", process.argv[1], "--child", "--runs", String(runs), ...extra],
    { env: { ...process.env, LOG_LEVEL: "silent", ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (out.status !== 0) throw new Error(`measurement failed (${out.status})`);
  return JSON.parse(out.stdout.trim().split("\n").pop()!) as Record<string, number | string>;
}

// --- the cached seed -----------------------------------------------------------------------------
const cacheDir = process.env.BENCH_SCALE_DIR ?? `/tmp/mydia-scale-v${SEED_VERSION}`;
const seedDir = path.join(cacheDir, `sqlite-${titles}`);
const seeded = path.join(seedDir, "mydia.db");
if (!existsSync(path.join(seedDir, "done"))) {
  rmSync(seedDir, { recursive: true, force: true });
  mkdirSync(seedDir, { recursive: true });
  console.log(`seeding ${titles} titles (cached in ${seedDir}) …`);
  const seed = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "bench/scale/table.ts",
      "--seed-child",
      "--titles",
      String(titles),
      "--media",
      path.join(seedDir, "media"),
    ],
    {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: `file:${seeded}`, DATA_DIR: seedDir, LOG_LEVEL: "silent" },
    },
  );
  if (seed.status !== 0) throw new Error("seeding failed");
  writeFileSync(path.join(seedDir, "done"), new Date().toISOString());
}

const work = mkdtempSync(path.join(tmpdir(), "mydia-bench-backup-"));
const rows: string[][] = [];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
try {
  // SQLite: a copy of the seed, checkpointed so the file size is the database's.
  const sqliteDir = path.join(work, "sqlite");
  mkdirSync(sqliteDir);
  copyFileSync(seeded, path.join(sqliteDir, "mydia.db"));
  execFileSync(process.execPath, [
    "-e",
    `const D=require("better-sqlite3");const d=new D(process.argv[1]);d.pragma("wal_checkpoint(TRUNCATE)");d.close()`,
    path.join(sqliteDir, "mydia.db"),
  ]);
  const dbBytes = statSync(path.join(sqliteDir, "mydia.db")).size;
  const sqlite = child({ DATABASE_URL: `file:${path.join(sqliteDir, "mydia.db")}`, DATA_DIR: sqliteDir });
  rows.push([
    "SQLite",
    String(sqlite.method),
    mb(dbBytes),
    mb(Number(sqlite.bytes)),
    s(Number(sqlite.backupMs)),
    s(Number(sqlite.restoreMs)),
  ]);
  console.log(rows.at(-1)!.join(" · "));

  // PostgreSQL: the same rows, copied in, then each method.
  const server = await startPostgres();
  try {
    for (const method of ["pg-dump", "logical"] as const) {
      const name = `bench_backup_${method.replace("-", "_")}`;
      const admin = postgres(server.url, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const url = new URL(server.url);
      url.pathname = `/${name}`;
      const dataDir = path.join(work, name);
      mkdirSync(dataDir);
      const pg = child(
        {
          DATABASE_URL: url.toString(),
          DATA_DIR: dataDir,
          ...(method === "logical" ? { PG_DUMP_PATH: "/nonexistent/pg_dump" } : {}),
        },
        ["--copy-from", seeded],
      );
      const [{ size }] = await admin<{ size: string }[]>`SELECT pg_database_size(${name}) AS size`;
      await admin.end();
      rows.push([
        "PostgreSQL",
        String(pg.method),
        mb(Number(size)),
        mb(Number(pg.bytes)),
        s(Number(pg.backupMs)),
        s(Number(pg.restoreMs)),
      ]);
      console.log(rows.at(-1)!.join(" · "));
    }
  } finally {
    await server.stop();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const header = [
  "database",
  "method",
  "database size",
  "backup size",
  `backup time (median of ${runs})`,
  "restore time",
];
const all = [header, ...rows];
const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
console.log(`\nBackups at ${titles.toLocaleString("en")} titles`);
for (const row of all)
  console.log(
    row
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd(),
  );
