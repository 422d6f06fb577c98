import path from "node:path";
import type { StartedDaemon } from "./clients";
import { removeDir, requireBinary, startProcess, waitUntil } from "./process";

/**
 * Stops a daemon started by ./clients (by its PID, gracefully) and keeps its folder: its queue,
 * resume data and downloads stay, as when a user's client goes down.
 */
export async function stopDaemonKeepingData(started: StartedDaemon): Promise<void> {
  await started.daemon.stop();
}

/**
 * Starts a daemon stopped with stopDaemonKeepingData again on the same port and folder (same
 * config, queue and data). Returns the daemon to use (and stop) from now on.
 */
export async function restartDaemon(started: StartedDaemon): Promise<StartedDaemon> {
  const { dir, connection } = started;
  let daemon;
  let startupMs: number;
  switch (started.kind) {
    case "qbittorrent": {
      daemon = startProcess(requireBinary("qbittorrent-nox"), [`--profile=${dir}`], { cwd: dir });
      startupMs = await waitUntil("qbittorrent-nox (restart)", daemon, async () => {
        const response = await fetch(`http://127.0.0.1:${connection.port}/api/v2/auth/login`, {
          method: "POST",
          body: new URLSearchParams({ username: connection.username ?? "", password: connection.password ?? "" }),
        });
        return response.ok && (await response.text()) === "Ok.";
      });
      break;
    }
    case "sabnzbd": {
      const ini = path.join(dir, "sabnzbd.ini");
      daemon = startProcess(
        requireBinary("sabnzbdplus"),
        ["-f", ini, "-b", "0", "--disable-file-log", "-s", `127.0.0.1:${connection.port}`],
        { cwd: dir },
      );
      startupMs = await waitUntil(
        "sabnzbdplus (restart)",
        daemon,
        async () => {
          const response = await fetch(
            `http://127.0.0.1:${connection.port}/api?mode=queue&output=json&apikey=${connection.apiKey}`,
          );
          return response.ok && (await response.text()).includes('"queue"');
        },
        30_000,
      );
      break;
    }
    default:
      throw new Error(`restartDaemon: ${started.kind} is not supported`);
  }
  return {
    ...started,
    daemon,
    startupMs,
    async stop() {
      await daemon.stop();
      removeDir(dir);
    },
  };
}
