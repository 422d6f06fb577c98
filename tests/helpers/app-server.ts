import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./postgres-server";

export interface RunningApp {
  baseUrl: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM, then waits for the whole tree to exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the built app the way users do (`npm start`: migrate, web and worker) on a free port. */
export async function startApp(
  options: {
    databaseUrl?: string;
    env?: Record<string, string>;
    /** a directory with a build (default: here) */ cwd?: string;
    /** how long to wait for a healthy start (default 60 s; benchmarks on large seeds wait longer) */ startTimeoutMs?: number;
  } = {},
): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mydia-e2e-"));
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["dist/bin/start.mjs"], {
    cwd: options.cwd,
    env: {
      ...process.env,
      BASE_URL: undefined, // zero configuration, as a first install
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? `file:${path.join(dataDir, "mydia.db")}`,
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      // Nothing may leave the machine in tests, not even a scheduled refresh.
      CARDIGANN_DEFINITIONS_URL: "http://127.0.0.1:9/definitions",
      TMDB_BASE_URL: "http://127.0.0.1:9/tmdb",
      TMDB_IMAGE_BASE_URL: "http://127.0.0.1:9/images",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  const baseUrl = `http://127.0.0.1:${port}`;
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited during start-up:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      const body = (await response.json()) as { status: string };
      if (body.status === "ok") break; // database up and a worker heartbeat seen
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app did not become healthy within ${startTimeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    baseUrl,
    dataDir,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      const code = await exited;
      clearTimeout(timer);
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
