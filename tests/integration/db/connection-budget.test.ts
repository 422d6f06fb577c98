import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config";
import { until } from "@/tests/helpers/until";

const dialect = process.env.MYDIA_TEST_DIALECT ?? "sqlite";
const root = path.resolve(import.meta.dirname, "../../..");
/** A default PostgreSQL: max_connections 100, of which superuser_reserved_connections (3) only for superusers. */
const DEFAULT_USABLE = 100 - 3;

const children: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(
    children.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGKILL");
        }),
    ),
  );
});

/** Starts pool-hold.ts processes and resolves when each has every connection it may open. */
async function startHolding(roles: ("web" | "worker")[], env: Record<string, string> = {}): Promise<void> {
  const config = getConfig();
  await Promise.all(
    roles.map(
      (role) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/scripts/pool-hold.ts", role], {
            cwd: root,
            env: {
              ...process.env,
              DATABASE_URL: config.DATABASE_URL,
              DATA_DIR: config.dataDir,
              AUTH_SECRET: config.AUTH_SECRET,
              LOG_LEVEL: "silent",
              MYDIA_DB_POOL: "",
              MYDIA_JOBS_POOL: "",
              ...env,
            },
            stdio: ["ignore", "pipe", "pipe"],
          });
          children.push(child);
          let output = "";
          child.stdout.on("data", (chunk: Buffer) => {
            output += chunk.toString();
            if (output.includes("holding")) resolve();
          });
          child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
          child.once("exit", (code) => reject(new Error(`${role} exited (${code}):\n${output}`)));
        }),
    ),
  );
}

/** Connections to this file's database by application name. */
async function connections(): Promise<Record<string, number>> {
  const admin = postgres(getConfig().DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin<{ name: string; n: number }[]>`
      SELECT application_name AS name, count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
      GROUP BY application_name`;
    return Object.fromEntries(rows.map((r) => [r.name, r.n]));
  } finally {
    await admin.end();
  }
}
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Waits until the connections by application name are exactly `expected` (every pool full, nothing else open). */
async function settleAt(expected: Record<string, number>): Promise<Record<string, number>> {
  let last: Record<string, number> = {};
  const same = (a: Record<string, number>, b: Record<string, number>) =>
    JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  await until("the pools to fill", async () => same((last = await connections()), expected), 180_000, 500).catch(
    (error: Error) => {
      throw new Error(`${error.message}: expected ${JSON.stringify(expected)}, last seen ${JSON.stringify(last)}`);
    },
  );
  return last;
}

describe.runIf(dialect === "pg")("PostgreSQL connection budget per process", () => {
  it("at the defaults a web process and a worker each hold their budget, and ten processes fit a default PostgreSQL", async () => {
    const { MYDIA_DB_POOL: dbPool, MYDIA_JOBS_POOL: jobsPool } = getConfig();
    // A web process: the app's pool, the event listener (LISTEN), pg-boss's pool for sending jobs.
    const web = dbPool + 1 + jobsPool;
    // A worker: the app's pool and pg-boss's pool (pg-boss polls: useListenNotify is off, so it holds no LISTEN).
    const worker = dbPool + jobsPool;
    await startHolding(["web"]);
    const webCounts = await settleAt({ mydia: dbPool + 1, "mydia-jobs": jobsPool });
    expect(total(webCounts)).toBe(web);
    await startHolding(["worker"]);
    const bothCounts = await settleAt({ mydia: 2 * dbPool + 1, "mydia-jobs": jobsPool, "mydia-worker": jobsPool });
    expect(total(bothCounts)).toBe(web + worker);
    const ten = 5 * web + 5 * worker;
    console.info(
      `[connection-budget] defaults MYDIA_DB_POOL=${dbPool} MYDIA_JOBS_POOL=${jobsPool}: web ${JSON.stringify(webCounts)}, web + worker ${JSON.stringify(bothCounts)}; five web + five workers = ${ten} of ${DEFAULT_USABLE}`,
    );
    expect(ten).toBeLessThanOrEqual(DEFAULT_USABLE);
  }, 420_000);

  it("MYDIA_DB_POOL and MYDIA_JOBS_POOL size the pools", async () => {
    await startHolding(["web", "worker"], { MYDIA_DB_POOL: "2", MYDIA_JOBS_POOL: "1" });
    const counts = await settleAt({ mydia: 5, "mydia-jobs": 1, "mydia-worker": 1 });
    console.info(
      `[connection-budget] MYDIA_DB_POOL=2 MYDIA_JOBS_POOL=1, one web and one worker: ${JSON.stringify(counts)}`,
    );
    // "mydia": both app pools and the web's event listener; pg-boss's pools: the web's "mydia-jobs", the worker's.
    expect(counts).toEqual({ mydia: 5, "mydia-jobs": 1, "mydia-worker": 1 });
  }, 420_000);
});
