import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * The built app's processes started one by one, as a scaled-out install runs them (docker-compose.yml):
 * `mydia migrate` once, then web servers (dist/bin/web.mjs) and workers (dist/worker/index.mjs) on one
 * database. Needs `npm run build`. `cwd`: a directory with a build (default: here).
 */
export interface AppProcess {
  name: string;
  pid: number;
  process: ChildProcess;
  output(): string;
  /** SIGTERM, then SIGKILL after the grace period; resolves when it is gone. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL, as a crash or the OOM killer would. */
  kill(): Promise<void>;
}

const baseEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  LOG_LEVEL: "warn",
  // Nothing may leave the machine in tests, not even a scheduled refresh.
  CARDIGANN_DEFINITIONS_URL: "http://127.0.0.1:9/definitions",
  TMDB_BASE_URL: "http://127.0.0.1:9/tmdb",
  TMDB_IMAGE_BASE_URL: "http://127.0.0.1:9/images",
  ...env,
});

export function migrateDatabase(env: Record<string, string>, cwd?: string): void {
  const result = spawnSync(process.execPath, ["dist/bin/mydia.mjs", "migrate"], {
    cwd,
    env: baseEnv(env),
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`mydia migrate failed:\n${result.stdout}\n${result.stderr}`);
}

function startProcess(name: string, args: string[], env: Record<string, string>, cwd?: string): AppProcess {
  const child = spawn(process.execPath, args, { cwd, env: baseEnv(env), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  return {
    name,
    pid: child.pid!,
    process: child,
    output: () => output,
    async stop(graceMs = 30_000) {
      if (!gone()) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      if (!gone()) child.kill("SIGKILL");
      await exited;
    },
  };
}

/** A web server on 127.0.0.1:port; resolves once it answers /api/health. */
export async function startWebProcess(
  name: string,
  port: number,
  env: Record<string, string>,
  options: { cwd?: string; startTimeoutMs?: number } = {},
): Promise<AppProcess> {
  const web = startProcess(
    name,
    [path.join("dist", "bin", "web.mjs")],
    { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    options.cwd,
  );
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  for (;;) {
    if (web.process.exitCode !== null) throw new Error(`${name} exited during start-up:\n${web.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await web.kill();
      throw new Error(`${name} did not answer within ${(options.startTimeoutMs ?? 60_000) / 1000} s:\n${web.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return web;
}

/** A worker process (the bundle `npm run start:worker` runs, with its memory options). */
export function startWorkerProcess(name: string, env: Record<string, string>, cwd?: string): AppProcess {
  return startProcess(name, ["--max-semi-space-size=2", path.join("dist", "worker", "index.mjs")], env, cwd);
}
