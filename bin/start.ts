import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ConfigError, getConfig } from "@/lib/config";

/**
 * `npm start` (after `npm run build`): migrate once, then run the web server and the worker as
 * two children of this process. Ctrl-C or SIGTERM stops both cleanly; if one dies, the other is stopped too.
 */
async function main() {
  getConfig(); // fail fast on a bad environment, before any child starts
  // Migrate in a short-lived child, so this supervisor never holds the database code in memory.
  const migration = spawnSync(process.execPath, [path.resolve("dist/bin/mydia.mjs"), "migrate"], { stdio: "inherit" });
  if (migration.status !== 0) process.exit(migration.status ?? 1);

  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  // The bundles from `npm run build`: far lighter than TypeScript compiled on the fly.
  const children: ChildProcess[] = [
    spawn(process.execPath, [path.resolve("dist/bin/web.mjs")], { stdio: "inherit", env }),
    spawn(process.execPath, [path.resolve("dist/worker/index.mjs")], { stdio: "inherit", env }),
  ];

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill(signal);
    // The worker finishes or releases running jobs within its grace period; then give up.
    setTimeout(() => {
      for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    }, 30_000).unref();
  };
  process.on("SIGINT", () => stop("SIGTERM"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  const exits = children.map(
    (child) =>
      new Promise<number>((resolve) =>
        child.on("exit", (code, signal) => {
          if (!stopping) {
            console.error(
              `mydia: ${child === children[0] ? "web server" : "worker"} exited (${signal ?? code}); stopping`,
            );
            stop("SIGTERM");
          }
          // A child killed by the signal we sent (or exiting 128+signal) stopped cleanly.
          const stoppedBySignal = stopping && (signal !== null || code === 143 || code === 130);
          resolve(stoppedBySignal ? 0 : (code ?? 1));
        }),
      ),
  );
  const codes = await Promise.all(exits);
  process.exit(codes.find((c) => c !== 0) ?? 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `mydia: ${error.message}` : error);
  process.exit(1);
});
