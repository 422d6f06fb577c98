import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface RunLine {
  event: "start" | "done" | "cron";
  id: string;
  n?: number;
  attempt?: number;
  pid: number;
  at: number;
}

export interface WorkerProcess {
  pid: number;
  child: ChildProcess;
  /** Resolves when the worker printed "ready"; rejects if it exits first. */
  ready: Promise<void>;
  exited: Promise<number | null>;
  output(): string;
  /** SIGTERM and wait; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts tests/helpers/job-worker.ts as a real process on the given database. */
export function spawnJobWorker(env: Record<string, string>): WorkerProcess {
  // The tsx loader in the process itself (the tsx CLI would run the script in a grandchild with another pid).
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/helpers/job-worker.ts")], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("ready")) resolve();
    });
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`worker exited (${code}) before it was ready:\n${out}`)));
  });
  ready.catch(() => {});
  return {
    pid: child.pid!,
    child,
    ready,
    exited,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

export function readRuns(file: string): RunLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RunLine);
}

/** How often each job id started: ids run once, more than once, and the ids never run. */
export function tallyRuns(runs: RunLine[], sentIds: string[]) {
  const starts = new Map<string, number>();
  for (const r of runs) if (r.event === "start") starts.set(r.id, (starts.get(r.id) ?? 0) + 1);
  const once = sentIds.filter((id) => starts.get(id) === 1).length;
  const twice = sentIds.filter((id) => (starts.get(id) ?? 0) > 1).length;
  const lost = sentIds.filter((id) => !starts.has(id)).length;
  const byPid = new Map<number, number>();
  for (const r of runs) if (r.event === "start") byPid.set(r.pid, (byPid.get(r.pid) ?? 0) + 1);
  return { once, twice, lost, byPid };
}
