import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq, like } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createUserAsOperator, type Actor } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as downloadRoute from "@/app/api/v1/system/backups/[name]/route";
import {
  BackupFileError,
  backupBeforeMigrations,
  backupDirectory,
  backupsCreateHandler,
  createBackup,
  deleteBackup,
  getBackupsOverview,
  listBackups,
  openBackupDownload,
  readPendingRestore,
  requestRestore,
  restoreBackup,
  runBackupNow,
  updateBackupSettings,
} from "@/lib/backups";
import { ForbiddenError } from "@/lib/errors";
import { getConfig, resetConfigForTests } from "@/lib/config";
import { closeDb, db, getDbHandle, knownMigrations, migrate, migrationsFolder, tables } from "@/lib/db";
import { decryptSecret, encryptSecret } from "@/lib/secrets";

/**
 * Backups and restore (#15) on the real database of this project's dialect: a backup is
 * consistent while another process writes, restores row for row with its secret key, a backup
 * taken before later migrations restores and migrates forward, retention, file modes, and damaged
 * or foreign files refused with nothing changed.
 */
const dialect = process.env.MYDIA_TEST_DIALECT === "pg" ? "pg" : "sqlite";

async function rowCounts(): Promise<Record<string, number>> {
  const handle = getDbHandle();
  const names =
    handle.dialect === "sqlite"
      ? (
          handle.sqlite
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .all() as { name: string }[]
        ).map((r) => r.name)
      : (await handle.sql<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`).map(
          (r) => r.tablename,
        );
  const counts: Record<string, number> = {};
  for (const name of names.sort()) {
    counts[name] =
      handle.dialect === "sqlite"
        ? (handle.sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n
        : Number((await handle.sql.unsafe<{ n: string }[]>(`SELECT count(*) AS n FROM "${name}"`))[0].n);
  }
  return counts;
}

async function putSetting(key: string, value: unknown) {
  await db().insert(tables.settings).values({ key, value, updatedAt: new Date() });
}

async function settingKeys(prefix: string): Promise<string[]> {
  return (
    await db()
      .select({ key: tables.settings.key })
      .from(tables.settings)
      .where(like(tables.settings.key, `${prefix}%`))
  )
    .map((r) => r.key)
    .sort();
}

function emptyBackupDirectory() {
  rmSync(backupDirectory(), { recursive: true, force: true });
}

/** Another process inserting settings w-0, w-1, … one per statement until killed. */
function startWriter() {
  const config = getConfig();
  const script =
    dialect === "sqlite"
      ? `const D=require("better-sqlite3");const d=new D(${JSON.stringify(config.sqlitePath)});d.pragma("busy_timeout=5000");
         const s=d.prepare("INSERT INTO settings (key,value,updated_at) VALUES (?,?,?)");let i=0;
         for(;;){s.run("w-"+String(i).padStart(6,"0"),"1",Date.now());if(i++===50)process.stdout.write("go\\n");}`
      : `const p=require("postgres");const s=p(${JSON.stringify(config.DATABASE_URL)},{max:1,onnotice:()=>{}});(async()=>{let i=0;
         for(;;){await s\`INSERT INTO settings (key,value,updated_at) VALUES (\${"w-"+String(i).padStart(6,"0")},'1'::jsonb,now())\`;if(i++===50)process.stdout.write("go\\n");}})();`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const started = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  return {
    started,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const config = getConfig();
  return new Promise((resolve) => {
    const child = spawn("node_modules/.bin/tsx", ["bin/mydia.ts", ...args], {
      env: { ...process.env, LOG_LEVEL: "silent", DATABASE_URL: config.DATABASE_URL, DATA_DIR: config.dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Empties the database and applies only the first `count` migrations (an install of an older version). */
async function resetToOldSchema(count: number) {
  const handle = getDbHandle();
  if (handle.dialect === "sqlite") {
    const file = getConfig().sqlitePath!;
    await closeDb();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  } else {
    await handle.sql.unsafe(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  }
  const folder = path.join(getConfig().dataDir, "old-migrations");
  rmSync(folder, { recursive: true, force: true });
  cpSync(migrationsFolder(dialect), folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  await migrate(getDbHandle(), folder);
}

afterEach(() => {
  delete process.env.PG_DUMP_PATH;
  resetConfigForTests();
});

describe(`backups on ${dialect}`, () => {
  it("is consistent while another process writes: the restored rows are an unbroken prefix of the writes", async () => {
    emptyBackupDirectory();
    const writer = startWriter();
    await writer.started;
    const backup = await createBackup({ kind: "manual" });
    const afterBackup = (await settingKeys("w-")).length;
    await writer.stop();
    expect(backup.kind).toBe("manual");

    await restoreBackup(path.join(backupDirectory(), backup.name));
    const keys = await settingKeys("w-");
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.length).toBeLessThanOrEqual(afterBackup);
    expect(keys).toEqual(keys.map((_, i) => `w-${String(i).padStart(6, "0")}`));
    await db().delete(tables.settings).where(like(tables.settings.key, "w-%"));
  }, 60_000);

  it.each(dialect === "pg" ? ["pg-dump", "logical"] : ["sqlite-file"])(
    "restores row for row (%s) with the secret key, so stored secrets still decrypt",
    async (method) => {
      emptyBackupDirectory();
      if (method === "logical") {
        process.env.PG_DUMP_PATH = "/nonexistent/pg_dump";
        resetConfigForTests();
      }
      await createUserAsOperator({ username: `owner-${method}`, password: "owner password 1", role: "admin" });
      await putSetting(`secret-${method}`, encryptSecret("hunter2 indexer key"));
      await putSetting(`json-${method}`, { nested: [1, { a: "ü" }], at: "2026-01-01T00:00:00.000Z" });
      const before = await rowCounts();
      const secretBefore = getConfig().AUTH_SECRET;

      const backup = await createBackup({ kind: "manual" });
      expect(backup.method).toBe(method);
      expect(backup.dialect).toBe(dialect);
      expect(backup.schema.migrations).toBe(knownMigrations(dialect).length);
      const file = path.join(backupDirectory(), backup.name);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(backupDirectory()).mode & 0o777).toBe(0o700);

      // Lose data and the key: more rows, a row deleted, a new secret key on disk.
      await createUserAsOperator({ username: `later-${method}`, password: "later password 1", role: "user" });
      await db()
        .delete(tables.settings)
        .where(eq(tables.settings.key, `json-${method}`));
      writeFileSync(path.join(getConfig().dataDir, "auth-secret"), "x".repeat(48) + "\n");

      const result = await restoreBackup(file);
      expect(result.migrationsApplied).toBe(0);
      expect(result.preRestore?.kind).toBe("pre-restore");
      expect(await rowCounts()).toEqual(before);
      const [json] = await db()
        .select()
        .from(tables.settings)
        .where(eq(tables.settings.key, `json-${method}`));
      expect(json.value).toEqual({ nested: [1, { a: "ü" }], at: "2026-01-01T00:00:00.000Z" });

      resetConfigForTests();
      expect(getConfig().AUTH_SECRET).toBe(secretBefore);
      expect(statSync(path.join(getConfig().dataDir, "auth-secret")).mode & 0o777).toBe(0o600);
      const [secret] = await db()
        .select()
        .from(tables.settings)
        .where(eq(tables.settings.key, `secret-${method}`));
      expect(decryptSecret(secret.value as string)).toBe("hunter2 indexer key");
      // Serial ids continue after the restored ones.
      await putSetting(`after-${method}`, 1);
    },
    90_000,
  );

  it("keeps the newest N of a kind, and the scheduled task writes one only when its interval has passed", async () => {
    emptyBackupDirectory();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) names.push((await createBackup({ kind: "scheduled", keep: 2 })).name);
    const left = (await listBackups()).backups.map((b) => b.name);
    expect(left).toEqual([names[2], names[1]]);

    const job = { id: "j", queue: "backups.create", attempt: 1, signal: new AbortController().signal };
    expect(await backupsCreateHandler({ ...job, data: {} })).toMatchObject({ skipped: "not due" });
    expect(await backupsCreateHandler({ ...job, data: { manual: true } })).toMatchObject({ bytes: expect.any(Number) });
    const kinds = (await listBackups()).backups.map((b) => b.kind);
    expect(kinds).toEqual(["manual", "scheduled", "scheduled"]);
    for (const name of readdirSync(backupDirectory()))
      expect(statSync(path.join(backupDirectory(), name)).mode & 0o777).toBe(0o600);
  }, 60_000);

  it("refuses a damaged or foreign file with a clear error and changes nothing", async () => {
    emptyBackupDirectory();
    await putSetting("kept-through-refusals", true);
    const before = await rowCounts();
    const dir = backupDirectory();
    const good = (await createBackup({ kind: "manual" })).name;

    const garbage = path.join(dir, "mydia-backup-20200101-000000-000-manual.tar.gz");
    writeFileSync(garbage, "this is not a backup at all", { mode: 0o600 });
    const truncated = path.join(dir, "mydia-backup-20200101-000000-001-manual.tar.gz");
    const bytes = readFileSync(path.join(dir, good));
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)), { mode: 0o600 });
    const foreign = path.join(dir, "foreign.tar.gz");
    const tar = await import("tar");
    mkdirSync(path.join(dir, "foreign"), { recursive: true });
    writeFileSync(path.join(dir, "foreign", "notes.txt"), "hello");
    await tar.c({ gzip: true, file: foreign, cwd: path.join(dir, "foreign") }, ["notes.txt"]);

    await expect(restoreBackup(garbage)).rejects.toThrow(BackupFileError);
    await expect(restoreBackup(garbage)).rejects.toThrow(/not a usable Mydia backup: it is not a gzipped tar archive/);
    await expect(restoreBackup(truncated)).rejects.toThrow(/not a usable Mydia backup/);
    await expect(restoreBackup(foreign)).rejects.toThrow(/its first entry is not manifest\.json/);

    // The list reads only each file's manifest: the truncated copy lists (a restore refuses it), garbage does not.
    const { backups, unreadable } = await listBackups();
    expect(backups.map((b) => b.name).sort()).toEqual([path.basename(truncated), good].sort());
    expect(unreadable.map((u) => u.name)).toEqual([path.basename(garbage)]);
    expect(await rowCounts()).toEqual(before);
    expect((await listBackups()).backups.filter((b) => b.kind === "pre-restore")).toEqual([]);
  }, 60_000);

  it.each(dialect === "pg" ? ["pg-dump", "logical"] : ["sqlite-file"])(
    "backs up before migrations, and a backup (%s) taken before later migrations restores and migrates forward",
    async (method) => {
      emptyBackupDirectory();
      if (method === "logical") {
        process.env.PG_DUMP_PATH = "/nonexistent/pg_dump";
        resetConfigForTests();
      }
      const all = knownMigrations(dialect).length;
      const old = all - 4;
      await resetToOldSchema(old);
      await putSetting("from-the-old-version", "kept");

      const backup = await backupBeforeMigrations();
      expect(backup).toMatchObject({ kind: "pre-migration", method, schema: { migrations: old } });
      expect((await migrate(getDbHandle())).applied).toBe(4);
      expect(await backupBeforeMigrations()).toBeNull();
      await putSetting("after-the-upgrade", "gone after the restore");

      const result = await restoreBackup(path.join(backupDirectory(), backup!.name));
      expect(result.restored.schemaMigrations).toBe(old);
      expect(result.migrationsApplied).toBe(4);
      expect(await settingKeys("from-the-old-version")).toEqual(["from-the-old-version"]);
      expect(await settingKeys("after-the-upgrade")).toEqual([]);

      // Pre-migration backups keep the newest 10.
      for (let i = 0; i < 11; i++) await createBackup({ kind: "pre-migration" });
      expect((await listBackups()).backups.filter((b) => b.kind === "pre-migration")).toHaveLength(10);
    },
    180_000,
  );

  it("serves the download to admins only, and every backup action refuses other roles", async () => {
    emptyBackupDirectory();
    const backup = await createBackup({ kind: "manual" });
    const owner = await createUserAsOperator({ username: "dl-admin", password: "admin password 1", role: "admin" });
    const user = await createUserAsOperator({ username: "dl-user", password: "user password 12", role: "user" });
    const adminKey = (await createApiKeyForUser(owner.id, "backups")).key;
    const userKey = (await createApiKeyForUser(user.id, "backups")).key;
    const download = (key: string | null, name = backup.name) =>
      downloadRoute.GET(
        new Request(`http://localhost/api/v1/system/backups/${name}`, { headers: key ? { "x-api-key": key } : {} }),
        { params: Promise.resolve({ name }) },
      );

    expect((await download(null)).status).toBe(401);
    expect((await download(userKey)).status).toBe(403);
    expect((await download(adminKey, "..%2Fauth-secret")).status).toBe(404);
    const served = await download(adminKey);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-disposition")).toBe(`attachment; filename="${backup.name}"`);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(readFileSync(path.join(backupDirectory(), backup.name)));

    const requester: Actor = { kind: "user", userId: user.id, username: "dl-user", role: "user", via: "session" };
    await expect(getBackupsOverview(requester)).rejects.toThrow(ForbiddenError);
    await expect(runBackupNow(requester)).rejects.toThrow(ForbiddenError);
    await expect(requestRestore(requester, backup.name)).rejects.toThrow(ForbiddenError);
    await expect(deleteBackup(requester, backup.name)).rejects.toThrow(ForbiddenError);
    await expect(updateBackupSettings(requester, { keep: 1 })).rejects.toThrow(ForbiddenError);
    expect(() => openBackupDownload(requester, backup.name)).toThrow(ForbiddenError);
    expect(readPendingRestore()).toBeNull();
    expect((await listBackups()).backups.map((b) => b.name)).toEqual([backup.name]);
  }, 60_000);

  it("asks for a restore from the web: checked now, applied by the next start before migrations", async () => {
    emptyBackupDirectory();
    await putSetting("web-restore-before", 1);
    const backup = await createBackup({ kind: "manual" });
    await putSetting("web-restore-after", 1);
    const adminActor: Actor = { kind: "user", userId: "u-admin", username: "root", role: "admin", via: "session" };

    writeFileSync(path.join(backupDirectory(), "mydia-backup-20200101-000000-000-manual.tar.gz"), "garbage");
    await expect(requestRestore(adminActor, "mydia-backup-20200101-000000-000-manual.tar.gz")).rejects.toThrow(
      /not a usable Mydia backup/,
    );
    expect(readPendingRestore()).toBeNull();

    expect(await requestRestore(adminActor, backup.name)).toEqual({ restarting: false });
    expect((await getBackupsOverview(adminActor)).pendingRestore).toMatchObject({
      name: backup.name,
      requestedBy: "root",
    });
    await closeDb();
    const started = await runCli(["migrate"]);
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).toContain(`restored backup ${backup.name}`);
    expect(await settingKeys("web-restore-")).toEqual(["web-restore-before"]);
    const overview = await getBackupsOverview(adminActor);
    expect(overview.pendingRestore).toBeNull();
    expect(overview.lastRestore).toMatchObject({ name: backup.name, ok: true, migrationsApplied: 0 });
  }, 180_000);

  // The command is the same on both databases (the functions above are tested on each): one run is enough.
  it.runIf(dialect === "sqlite")(
    "mydia backup create | list | restore",
    async () => {
      emptyBackupDirectory();
      await putSetting("cli-before", 1);
      const created = await runCli(["backup", "create", "--json"]);
      expect(created.code, created.stderr).toBe(0);
      const name = (JSON.parse(created.stdout) as { name: string }).name;
      await putSetting("cli-after", 1);

      const listed = await runCli(["backup", "list", "--json"]);
      expect(listed.code, listed.stderr).toBe(0);
      expect((JSON.parse(listed.stdout) as { backups: { name: string; kind: string }[] }).backups).toEqual([
        expect.objectContaining({ name, kind: "manual" }),
      ]);

      // A running Mydia (a worker reported in just now) is not restored under its feet.
      await db()
        .insert(tables.workers)
        .values({ id: "w-running", hostname: "here", pid: 1, startedAt: new Date(), heartbeatAt: new Date() });
      const running = await runCli(["backup", "restore", name]);
      expect(running.code).toBe(1);
      expect(running.stderr).toMatch(
        /^mydia: Mydia is running \(a worker reported in \d+ s ago\): stop every process first/,
      );
      expect(await settingKeys("cli-")).toEqual(["cli-after", "cli-before"]);
      await db().delete(tables.workers).where(eq(tables.workers.id, "w-running"));

      await closeDb();
      const restored = await runCli(["backup", "restore", name]);
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.stdout).toContain(`Restored ${name}`);
      expect(await settingKeys("cli-")).toEqual(["cli-before"]);

      const refused = await runCli(["backup", "restore", "/etc/hostname"]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^mydia: hostname is not a usable Mydia backup/);
    },
    240_000,
  );
});
