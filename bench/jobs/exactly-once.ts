/**
 * Jobs: exactly-once across processes, measured. For SQLite and for PostgreSQL:
 *   - 1,000 jobs over 2 worker processes (tests/helpers/job-worker.ts): run once / twice / lost, throughput;
 *   - a worker SIGKILLed mid-job: how long until the other re-runs its job (after the lease);
 *   - a cron schedule with both workers running: ticks vs firings.
 *
 *   tsx bench/jobs/exactly-once.ts [--jobs 1000] [--dialect sqlite|pg]
 * PostgreSQL: TEST_DATABASE_URL (a server URL; a database is created) or a throwaway server
 * started from Debian's postgresql package (tests/helpers/postgres-server.ts).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";

const root = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({
  options: {
    jobs: { type: "string", default: "1000" },
    dialect: { type: "string" },
    run: { type: "boolean", default: false },
    "cron-seconds": { type: "string", default: "10" },
    "cron-minutes": { type: "string", default: "2" },
  },
});

interface Figures {
  dialect: string;
  jobs: number;
  once: number;
  twice: number;
  lost: number;
  perProcess: number[];
  sendMs: number;
  drainMs: number;
  jobsPerSecond: number;
  leaseSeconds: number;
  sigkillRerunDelayMs: number;
  cronExpression: string;
  cronTicks: number;
  cronFirings: number;
  cronMinGapMs: number;
}

/** One dialect, in a process whose DATABASE_URL is already set (lib/db reads it at import). */
async function runOne(): Promise<void> {
  const { getConfig } = await import("@/lib/config");
  const { getDbHandle, migrate, closeDb } = await import("@/lib/db");
  const { createJobQueue } = await import("@/lib/jobs");
  const { spawnJobWorker, readRuns, tallyRuns } = await import("@/tests/helpers/job-processes");
  const config = getConfig();
  const dialect = config.dialect;
  await migrate(getDbHandle());

  const jobCount = Number(args.jobs);
  const leaseSeconds = dialect === "pg" ? 10 : 2;
  const queue = "bench.jobs";
  const cronQueue = "bench.cron";
  const runsFile = path.join(config.dataDir, "runs.jsonl");
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  const producer = createJobQueue({ role: "producer" });
  await producer.start();
  await producer.createQueue(queue, { leaseSeconds, retryLimit: 3, retryDelaySeconds: 0 });
  await producer.createQueue(cronQueue, { retryLimit: 0 });
  const spawnWorker = () =>
    spawnJobWorker({
      DATABASE_URL: config.DATABASE_URL,
      DATA_DIR: config.dataDir,
      JOB_RUNS_FILE: runsFile,
      JOB_QUEUE: queue,
      JOB_CRON_QUEUE: cronQueue,
      JOB_LEASE_SECONDS: String(leaseSeconds),
      JOB_CONCURRENCY: "4",
      JOB_POLL_MS: dialect === "pg" ? "500" : "100",
    });
  const workers = [spawnWorker(), spawnWorker()];
  await Promise.all(workers.map((w) => w.ready));

  // 1. 1,000 jobs over two processes: all sent first, due together, so both workers drain one backlog.
  const sendStart = Date.now();
  const dueAt = new Date(sendStart + 5000);
  const ids: string[] = [];
  for (let n = 0; n < jobCount; n++) ids.push((await producer.send(queue, { n }, { startAfter: dueAt }))!);
  const sendMs = Date.now() - sendStart;
  if (Date.now() > dueAt.getTime())
    console.error("sending took longer than the 5 s head start: throughput is understated");
  while (((await producer.queueCounts())[queue]?.completed ?? 0) < jobCount) await sleep(20);
  await sleep(1000);
  const runs = readRuns(runsFile);
  const tally = tallyRuns(runs, ids);
  const jobRuns = runs.filter((r) => r.event !== "cron");
  const firstStart = Math.min(...jobRuns.map((r) => r.at));
  const lastDone = Math.max(...jobRuns.map((r) => r.at));
  const drainMs = lastDone - dueAt.getTime();

  // 2. Cron with both workers running.
  const cronExpression = dialect === "pg" ? "* * * * *" : "* * * * * *";
  const cronStart = Date.now();
  await producer.schedule(cronQueue, cronExpression, {});
  if (dialect === "pg") {
    // Minute resolution: the first firing is for the current minute, then one per minute boundary.
    const minutes = Number(args["cron-minutes"]);
    const until = (Math.floor(cronStart / 60_000) + minutes) * 60_000 + 8000;
    await sleep(until - Date.now());
  } else {
    await sleep(Number(args["cron-seconds"]) * 1000);
  }
  await producer.unschedule(cronQueue);
  const cronEnd = Date.now();
  await sleep(dialect === "pg" ? 2000 : 500);
  const cronFirings = readRuns(runsFile)
    .filter((r) => r.event === "cron")
    .map((r) => r.at)
    .sort((a, b) => a - b);
  const cronTicks =
    dialect === "pg"
      ? Math.floor(cronEnd / 60_000) - Math.floor(cronStart / 60_000) + 1
      : Math.floor(cronEnd / 1000) - Math.floor(cronStart / 1000);
  const cronMinGapMs = cronFirings
    .slice(1)
    .reduce((min, t, i) => Math.min(min, t - cronFirings[i]), Number.POSITIVE_INFINITY);

  // 3. SIGKILL a worker mid-job.
  const killId = (await producer.send(queue, { n: -1, sleepOnFirstAttemptMs: 120_000 }))!;
  let started;
  while (!(started = readRuns(runsFile).find((r) => r.id === killId && r.event === "start"))) await sleep(20);
  const victim = workers.find((w) => w.pid === started.pid)!;
  victim.child.kill("SIGKILL");
  await victim.exited;
  const killedAt = Date.now();
  let rerun;
  while (!(rerun = readRuns(runsFile).find((r) => r.id === killId && r.event === "start" && r.pid !== victim.pid)))
    await sleep(20);

  const survivors = workers.filter((w) => w !== victim);
  const codes = await Promise.all(survivors.map((w) => w.stop()));
  await producer.stop({ graceMs: 0 });
  await closeDb();

  const figures: Figures = {
    dialect,
    jobs: jobCount,
    once: tally.once,
    twice: tally.twice,
    lost: tally.lost,
    perProcess: [...tally.byPid.values()],
    sendMs,
    drainMs,
    jobsPerSecond: Math.round((jobCount / Math.max(1, lastDone - Math.max(firstStart, dueAt.getTime()))) * 1000),
    leaseSeconds,
    sigkillRerunDelayMs: rerun.at - killedAt,
    cronExpression,
    cronTicks,
    cronFirings: cronFirings.length,
    cronMinGapMs: Number.isFinite(cronMinGapMs) ? cronMinGapMs : -1,
  };
  if (codes.some((c) => c !== 0)) console.error(`worker exit codes after SIGTERM: ${codes.join(", ")}`);
  console.log(`FIGURES ${JSON.stringify(figures)}`);
}

function runChild(env: Record<string, string>): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(root, "bench/jobs/exactly-once.ts"),
        "--run",
        "--jobs",
        args.jobs,
        "--cron-seconds",
        args["cron-seconds"],
        "--cron-minutes",
        args["cron-minutes"],
      ],
      {
        cwd: root,
        env: { ...process.env, LOG_LEVEL: "silent", ...env },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("FIGURES "));
      if (code === 0 && line) resolve(JSON.parse(line.slice("FIGURES ".length)) as Figures);
      else reject(new Error(`bench child exited ${code}:\n${out}`));
    });
  });
}

async function withPostgres<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const { startPostgres } = await import("@/tests/helpers/postgres-server");
  const server = process.env.TEST_DATABASE_URL ? null : await startPostgres();
  const serverUrl = process.env.TEST_DATABASE_URL ?? server!.url;
  const name = `mydia_bench_${process.pid}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await fn(url.toString());
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    server?.stop();
  }
}

function print(all: Figures[]): void {
  const rows: [string, (f: Figures) => string][] = [
    ["jobs sent", (f) => String(f.jobs)],
    ["ran once", (f) => String(f.once)],
    ["ran twice or more", (f) => String(f.twice)],
    ["lost", (f) => String(f.lost)],
    ["jobs per process", (f) => f.perProcess.join(" / ")],
    ["send 1,000 (ms)", (f) => String(f.sendMs)],
    ["due → last done (ms)", (f) => String(f.drainMs)],
    ["throughput (jobs/s, first start → last done)", (f) => String(f.jobsPerSecond)],
    ["lease (s)", (f) => String(f.leaseSeconds)],
    ["SIGKILL → re-run by the other worker (ms)", (f) => String(f.sigkillRerunDelayMs)],
    ["cron expression", (f) => f.cronExpression],
    ["cron ticks in window", (f) => String(f.cronTicks)],
    ["cron firings", (f) => String(f.cronFirings)],
    ["smallest gap between firings (ms)", (f) => String(f.cronMinGapMs)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`${"".padEnd(width)}  ${all.map((f) => f.dialect.padStart(12)).join("")}`);
  for (const [label, value] of rows)
    console.log(`${label.padEnd(width)}  ${all.map((f) => value(f).padStart(12)).join("")}`);
}

async function main(): Promise<void> {
  if (args.run) return runOne();
  const dialects = args.dialect ? [args.dialect] : ["sqlite", "pg"];
  const results: Figures[] = [];
  for (const dialect of dialects) {
    if (dialect === "sqlite") {
      const dir = mkdtempSync(path.join(tmpdir(), "mydia-bench-jobs-"));
      try {
        results.push(await runChild({ DATABASE_URL: `file:${path.join(dir, "mydia.db")}`, DATA_DIR: dir }));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), "mydia-bench-jobs-"));
      try {
        results.push(await withPostgres((url) => runChild({ DATABASE_URL: url, DATA_DIR: dir })));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  print(results);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
