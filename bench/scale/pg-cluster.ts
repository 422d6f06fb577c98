import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../tests/helpers/postgres-server";

export interface BenchCluster {
  url: (db: string) => string;
  psql: (sql: string) => string;
  stop(): void;
}

function pgBin(): string {
  const root = "/usr/lib/postgresql";
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  return path.join(root, version, "bin");
}
const asRoot = process.getuid?.() === 0;
function pgRun(cmd: string, args: string[]) {
  const full = path.join(pgBin(), cmd);
  const result = asRoot
    ? spawnSync("runuser", ["-u", "postgres", "--", full, ...args], { encoding: "utf8" })
    : spawnSync(full, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${cmd}: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * The benches' PostgreSQL cluster under `<cacheDir>/pg`, kept between runs so seeded template
 * databases survive (bench/scale/table.ts, bench/scale-out/load.ts); started on a free port.
 */
export async function startCluster(cacheDir: string): Promise<BenchCluster> {
  const dir = path.join(cacheDir, "pg");
  const data = path.join(dir, "data");
  if (!existsSync(data)) {
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
    if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
    pgRun("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  }
  const port = await freePort();
  pgRun("pg_ctl", [
    "-D",
    data,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-t",
    "60",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB`,
    "start",
  ]);
  const url = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return {
    url,
    psql: (sql: string) => pgRun("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-Atc", sql]),
    stop: () => void pgRun("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
  };
}
