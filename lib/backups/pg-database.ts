import { execFile } from "node:child_process";
import { createReadStream, createWriteStream, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { promisify } from "node:util";
import postgres from "postgres";
import { getConfig } from "@/lib/config";
import { migratePgTo } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { tableFileName } from "./manifest";

const run = promisify(execFile);
/** pg_dump and pg_restore of a large install take minutes, not hours. */
const TOOL_TIMEOUT_MS = 60 * 60_000;
const INSERT_BATCH_ROWS = 5_000;

/** The connection for pg_dump / psql as PG* variables: a password never shows on a command line. */
function toolEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: decodeURIComponent(u.hostname),
    PGPORT: u.port || "5432",
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGCONNECT_TIMEOUT: "10",
    PGOPTIONS: "-c client_min_messages=warning",
  };
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function connect(url: string) {
  return postgres(url, {
    max: 1,
    connect_timeout: 10,
    onnotice: () => {},
    connection: { application_name: "mydia-backup" },
  });
}

/** PG_DUMP_PATH, and pg_restore / psql beside it (on PATH when it is a bare name). */
function toolPath(tool: "pg_dump" | "pg_restore" | "psql"): string {
  const dump = getConfig().PG_DUMP_PATH;
  if (tool === "pg_dump") return dump;
  return dump.includes("/") ? path.join(path.dirname(dump), tool) : tool;
}

async function toolMajor(tool: "pg_dump" | "pg_restore" | "psql"): Promise<number | null> {
  try {
    const { stdout } = await run(toolPath(tool), ["--version"], { timeout: 10_000 });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** pg_dump is used when it is installed and not older than the server (it refuses newer servers). */
export async function pgDumpUsable(url: string): Promise<boolean> {
  const major = await toolMajor("pg_dump");
  if (major === null) return false;
  const sql = connect(url);
  try {
    const [{ server_version_num }] = await sql<{ server_version_num: string }[]>`SHOW server_version_num`;
    return major >= Math.floor(Number(server_version_num) / 10_000);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function pgDump(url: string, target: string): Promise<void> {
  await run(
    toolPath("pg_dump"),
    ["--format=custom", "--schema=public", "--no-owner", "--no-privileges", `--file=${target}`],
    {
      env: toolEnv(url),
      timeout: TOOL_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}

/** Every table and sequence of Mydia's schema, so a restore never keeps a table a later migration added. */
const DROP_MYDIA_OBJECTS = `DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('DROP TABLE IF EXISTS public.%I CASCADE', r.tablename);
  END LOOP;
  FOR r IN SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public' LOOP
    EXECUTE format('DROP SEQUENCE IF EXISTS public.%I CASCADE', r.sequence_name);
  END LOOP;
END $$;`;

/** Replaces Mydia's schema with the dump's, in one transaction: a failure leaves the database as it was. */
export async function pgRestoreDump(url: string, dump: string, workDir: string): Promise<void> {
  if ((await toolMajor("pg_restore")) === null || (await toolMajor("psql")) === null)
    throw new ValidationError(
      "This backup is a pg_dump archive: restoring it needs pg_restore and psql (Debian: apt install postgresql-client)",
    );
  const script = path.join(workDir, "restore.sql");
  const drop = path.join(workDir, "drop.sql");
  const list = path.join(workDir, "restore.list");
  const tool = { timeout: TOOL_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 };
  // The schema itself stays (it is emptied instead): dropping it would need its owner, not the database's user.
  const { stdout: toc } = await run(toolPath("pg_restore"), ["--list", dump], tool);
  const entries = toc
    .split("\n")
    .filter((line) => !/ SCHEMA - public /.test(line) && !/COMMENT - SCHEMA public/.test(line));
  writeFileSync(list, entries.join("\n"), { mode: 0o600 });
  await run(
    toolPath("pg_restore"),
    ["--no-owner", "--no-privileges", `--use-list=${list}`, `--file=${script}`, dump],
    tool,
  );
  writeFileSync(drop, DROP_MYDIA_OBJECTS + "\n", { mode: 0o600 });
  await run(
    toolPath("psql"),
    ["--no-psqlrc", "--quiet", "--single-transaction", "-v", "ON_ERROR_STOP=1", "-f", drop, "-f", script],
    { ...tool, env: toolEnv(url) },
  );
}

/**
 * The logical export (no usable pg_dump): each table of Mydia's schema as JSON lines written by
 * PostgreSQL itself (row_to_json keeps timestamps, JSON and big numbers exact), all read in one
 * repeatable-read snapshot. Returns the row counts.
 */
export async function exportTables(url: string, dir: string): Promise<Record<string, number>> {
  const sql = connect(url);
  try {
    return await sql.begin("isolation level repeatable read read only", async (t) => {
      const tables = await t<{ tablename: string }[]>`
        SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
      const counts: Record<string, number> = {};
      for (const { tablename } of tables) {
        const out = createWriteStream(path.join(dir, tableFileName(tablename)), { mode: 0o600 });
        let rows = 0;
        const cursor = t
          .unsafe<{ j: string }[]>(`SELECT row_to_json(r)::text AS j FROM public."${tablename}" r`)
          .cursor(1_000);
        for await (const batch of cursor) {
          for (const row of batch)
            if (!out.write(row.j + "\n")) await new Promise<void>((r) => out.once("drain", () => r()));
          rows += batch.length;
        }
        out.end();
        await finished(out);
        counts[tablename] = rows;
      }
      return counts;
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Tables in foreign-key order (referenced ones first). */
async function tablesInLoadOrder(t: postgres.TransactionSql): Promise<string[]> {
  const tables = (await t<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`).map(
    (r) => r.tablename,
  );
  const edges = await t<{ child: string; parent: string }[]>`
    SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`;
  const ordered: string[] = [];
  const placed = new Set<string>();
  const place = (name: string) => {
    if (placed.has(name)) return;
    placed.add(name);
    for (const edge of edges) if (edge.child === name) place(edge.parent);
    ordered.push(name);
  };
  for (const name of tables.sort()) place(name);
  return ordered;
}

/**
 * Loads a logical export in one transaction: Mydia's schema is emptied, rebuilt by exactly the
 * migrations the backup was taken at, filled by PostgreSQL from the JSON lines, and the serial
 * sequences moved past the loaded ids. Later migrations run afterwards, as on any start.
 */
export async function importTables(url: string, dir: string, migrationHashes: readonly string[]): Promise<void> {
  const files = new Set(readdirSync(dir));
  const sql = connect(url);
  try {
    await sql.begin(async (t) => {
      await t.unsafe(DROP_MYDIA_OBJECTS);
      await migratePgTo(t, new Set(migrationHashes));
      for (const table of await tablesInLoadOrder(t)) {
        if (table === "__mydia_migrations" || !files.has(tableFileName(table))) continue;
        const insert = (rows: string[]) =>
          t.unsafe(
            `INSERT INTO public."${table}" SELECT * FROM json_populate_recordset(null::public."${table}", $1::text::json)`,
            [`[${rows.join(",")}]`],
          );
        let batch: string[] = [];
        const lines = createInterface({ input: createReadStream(path.join(dir, tableFileName(table))) });
        for await (const line of lines) {
          if (!line) continue;
          batch.push(line);
          if (batch.length >= INSERT_BATCH_ROWS) {
            await insert(batch);
            batch = [];
          }
        }
        if (batch.length) await insert(batch);
      }
      const serials = await t<{ table_name: string; column_name: string }[]>`
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`;
      for (const { table_name, column_name } of serials)
        await t.unsafe(
          `SELECT setval(pg_get_serial_sequence('public."${table_name}"', '${column_name}'), coalesce(max("${column_name}"), 0) + 1, false) FROM public."${table_name}"`,
        );
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Row counts per table of Mydia's schema. */
export async function pgRowCounts(url: string): Promise<Record<string, number>> {
  const sql = connect(url);
  try {
    const tables = await sql<
      { tablename: string }[]
    >`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
    const counts: Record<string, number> = {};
    for (const { tablename } of tables) {
      const [{ n }] = await sql.unsafe<{ n: string }[]>(`SELECT count(*) AS n FROM public."${tablename}"`);
      counts[tablename] = Number(n);
    }
    return counts;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
