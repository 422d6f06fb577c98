import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ConfigError, getConfig } from "@/lib/config";
import { RESTART_FOR_RESTORE_EXIT_CODE, SUPERVISED_ENV } from "@/lib/backups/restart";
import { WORKER_CRASH_ENV, type WorkerCrash } from "@/lib/jobs/worker-crash.schema";

/**
 * `npm start` (after `npm run build`): migrate once, then run the web server and the worker as
 * two children of this process. Ctrl-C or SIGTERM stops both cleanly. A worker that crashes is
 * restarted with back-off (the new worker records the crash for System → Status); if the web
 * server dies, everything stops — except when it exits to have a backup restored: then the
 * worker stops, `mydia migrate` applies the restore, and both start again.
 */

/**
 * The worker's V8 young generation capped at 2 MB per semi-space (Node's default lets it grow to 16 MB, ~28 MB of
 * resident memory the worker never needs: its jobs work in bounded batches). Also in `npm run start:worker`.
 */
export const WORKER_NODE_OPTIONS = ["--max-semi-space-size=2"] as const;

/** Waits before restarting a crashed worker: 1 s, 2 s, 5 s, 10 s, 30 s, then every 60 s. */
export const WORKER_RESTART_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000] as const;
/** A worker that ran this long before crashing starts the ladder from the bottom again. */
const STABLE_AFTER_MS = 5 * 60_000;

const log = (level: "info" | "error", msg: string, fields: Record<string, unknown> = {}) =>
  (level === "error" ? process.stderr : process.stdout).write(
    JSON.stringify({ level: level === "error" ? 50 : 30, time: Date.now(), process: "supervisor", ...fields, msg }) +
      "\n",
  );

/** Applies a pending restore (System → Backups) and the migrations, in a short-lived child. */
function migrateInChild(): number {
  const migration = spawnSync(process.execPath, [path.resolve("dist/bin/mydia.mjs"), "migrate"], { stdio: "inherit" });
  return migration.status ?? 1;
}

async function main() {
  getConfig(); // fail fast on a bad environment, before any child starts
  // Migrate in a short-lived child, so this supervisor never holds the database code in memory.
  const migrated = migrateInChild();
  if (migrated !== 0) process.exit(migrated);

  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", [SUPERVISED_ENV]: "1" };
  let stopping = false;
  /** Between a web exit that asked for a restore and both processes running again. */
  let restoring = false;
  let restartTimer: NodeJS.Timeout | null = null;
  let crashesInARow = 0;
  let web: ChildProcess;
  let worker: ChildProcess;
  const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (restartTimer) clearTimeout(restartTimer);
    for (const child of [web, worker]) if (running(child)) child.kill(signal);
    // The worker finishes or releases running jobs within its grace period; then give up.
    setTimeout(() => {
      for (const child of [web, worker]) if (running(child)) child.kill("SIGKILL");
    }, 30_000).unref();
  };

  let workerCode = 0;
  const startWorker = (crash: WorkerCrash | null) => {
    const startedAt = Date.now();
    worker = spawn(process.execPath, [...WORKER_NODE_OPTIONS, path.resolve("dist/worker/index.mjs")], {
      stdio: "inherit",
      env: crash ? { ...env, [WORKER_CRASH_ENV]: JSON.stringify(crash) } : env,
    });
    worker.on("exit", (code, signal) => {
      if (restoring) return;
      if (stopping) {
        workerCode = signal !== null || code === 0 || code === 143 || code === 130 ? 0 : (code ?? 1);
        return;
      }
      crashesInARow = Date.now() - startedAt > STABLE_AFTER_MS ? 1 : crashesInARow + 1;
      const delay = WORKER_RESTART_DELAYS_MS[Math.min(crashesInARow, WORKER_RESTART_DELAYS_MS.length) - 1];
      const next: WorkerCrash = {
        crashedAt: new Date().toISOString(),
        exitCode: code,
        signal,
        restarts: crashesInARow,
        restartDelayMs: delay,
      };
      log("error", `worker exited (${signal ?? code}); restarting in ${delay / 1000} s`, { crash: next });
      restartTimer = setTimeout(() => {
        restartTimer = null;
        if (!stopping) startWorker(next);
      }, delay);
    });
  };

  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (finish = resolve));

  /** The web server asked for a restore: nothing writes while the database is swapped, then both start again. */
  const restartForRestore = async () => {
    restoring = true;
    if (restartTimer) clearTimeout(restartTimer);
    log("info", "restoring a backup: stopping the worker");
    if (running(worker)) {
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.kill("SIGTERM");
      await exited;
    }
    const code = migrateInChild();
    restoring = false;
    if (stopping) return finish(0);
    if (code !== 0) {
      log("error", `mydia migrate failed (${code}) after the restore; stopping`);
      stopping = true;
      return finish(code);
    }
    log("info", "restore applied: starting the web server and the worker again");
    startWeb();
    startWorker(null);
  };

  const startWeb = () => {
    // The bundle from `npm run build`: the web server that sets the client address (bin/web.ts).
    web = spawn(process.execPath, [path.resolve("dist/bin/web.mjs")], { stdio: "inherit", env });
    web.on("exit", (code, signal) => {
      if (!stopping && code === RESTART_FOR_RESTORE_EXIT_CODE) {
        void restartForRestore();
        return;
      }
      if (!stopping) {
        log("error", `web server exited (${signal ?? code}); stopping`);
        stop("SIGTERM");
      }
      // Next.js exits with 128+15 after a SIGTERM we sent it: that is a clean stop.
      const stoppedBySignal = stopping && (signal !== null || code === 143 || code === 130);
      finish(stoppedBySignal ? 0 : (code ?? 1));
    });
  };
  startWeb();
  startWorker(null);

  process.on("SIGINT", () => stop("SIGTERM"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  const webCode = await finished;
  if (running(worker!)) await new Promise<void>((resolve) => worker.once("exit", () => setImmediate(resolve)));
  process.exit(webCode || workerCode);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `mydia: ${error.message}` : error);
  process.exit(1);
});
