import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../postgres-server";

export { freePort };

/** Debian package that provides each daemon binary. */
const packages: Record<string, string> = {
  "transmission-daemon": "transmission-daemon",
  "qbittorrent-nox": "qbittorrent-nox",
  nzbget: "nzbget",
  sabnzbdplus: "sabnzbdplus",
  python3: "python3",
};

/**
 * Real peers are never skipped: a missing binary fails the test run loudly, in CI and outside,
 * with the command that installs it.
 */
export function requireBinary(name: string): string {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
  if (found) return found;
  const pkg = packages[name] ?? name;
  const sab =
    name === "sabnzbdplus"
      ? " (SABnzbd is in Debian's contrib: add `contrib non-free` to the Components: lines of /etc/apt/sources.list.d/debian.sources first)"
      : "";
  throw new Error(
    `${name} is not installed${process.env.CI === "true" ? " (CI=true: real download-client tests never skip)" : ""}. ` +
      `Install it with: apt-get update && apt-get install -y --no-install-recommends ${pkg}${sab}. .ci/run does this.`,
  );
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `mydia-${prefix}-`));
}

export interface DaemonProcess {
  pid: number;
  logFile: string;
  log(): string;
  /** SIGTERM by PID, wait up to 10 s, then SIGKILL. Idempotent. */
  stop(): Promise<void>;
  exited(): boolean;
}

const running = new Set<DaemonProcess>();
process.once("exit", () => {
  // Last resort if a test file crashed before its afterAll: never leave daemons running.
  for (const daemon of running) {
    try {
      process.kill(daemon.pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  }
});

/** Starts a daemon in the background with its output in a log file; stopped by its PID only. */
export function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): DaemonProcess {
  const logFile = path.join(options.cwd, "daemon.log");
  const fd = openSync(logFile, "a");
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", fd, fd],
  });
  closeSync(fd);
  let exitedFlag = false;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exitedFlag = true;
      resolve();
    }),
  );
  if (!child.pid) throw new Error(`${command} did not start`);
  const pid = child.pid;
  const daemon: DaemonProcess = {
    pid,
    logFile,
    log: () => {
      try {
        return readFileSync(logFile, "utf8").slice(-4000);
      } catch {
        return "";
      }
    },
    exited: () => exitedFlag,
    async stop() {
      running.delete(daemon);
      if (exitedFlag) return;
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        return;
      }
      const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000).unref());
      if ((await Promise.race([exited.then(() => "exited" as const), timer])) === "timeout") {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          /* gone */
        }
        await exited;
      }
    },
  };
  running.add(daemon);
  return daemon;
}

/** Polls `probe` until it returns true; fails with the daemon's log when it exits or times out. */
export async function waitUntil(
  name: string,
  daemon: DaemonProcess,
  probe: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (daemon.exited()) throw new Error(`${name} exited during start-up:\n${daemon.log()}`);
    try {
      if (await probe()) return Date.now() - started;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await daemon.stop();
  throw new Error(`${name} did not come up in ${timeoutMs} ms:\n${daemon.log()}`);
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
