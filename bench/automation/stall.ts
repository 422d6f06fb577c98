/**
 * Does one heavy request stall the rest? A process serving the Wanted lists (stall-server.ts) gets
 * back-to-back Wanted → Cutoff unmet and → Missing requests for `--seconds` while a cheap call
 * (GET /health) is sent every 50 ms; prints how long the cheap calls waited (median, p95, max) and
 * how many waited over 100 ms, beside the same calls on the idle process.
 *
 *   npx tsx bench/automation/stall.ts [--titles 50000] [--db sqlite|pg] [--seconds 20] [--app-dir <checkout>]
 *
 * Same cached seeds as bench/automation/wanted.ts; --app-dir measures another checkout's code.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchPostgresUrl } from "./wanted";
import { wantedSeed } from "./wanted-seed";

const here = import.meta.dirname;
const cacheDir = process.env.BENCH_CACHE_DIR ?? path.join(tmpdir(), "mydia-bench-cache");

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const summary = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))].toFixed(1) : "-");
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${s.length ? s[s.length - 1].toFixed(1) : "-"} ms, ${s.filter((x) => x > 100).length} of ${s.length} over 100 ms`;
};

async function probeFor(port: number, ms: number): Promise<number[]> {
  const waits: number[] = [];
  const end = Date.now() + ms;
  const pending: Promise<void>[] = [];
  while (Date.now() < end) {
    const t0 = performance.now();
    pending.push(
      fetch(`http://127.0.0.1:${port}/health`).then(async (r) => {
        await r.text();
        waits.push(performance.now() - t0);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await Promise.all(pending);
  return waits;
}

async function main() {
  const titles = Number(flag("titles", "50000"));
  const dbKind = flag("db", "sqlite");
  const seconds = Number(flag("seconds", "20"));
  const appDir = path.resolve(flag("app-dir", path.resolve(here, "../..")));
  const seeded =
    dbKind === "sqlite"
      ? await wantedSeed(titles, { sqliteDir: cacheDir })
      : await wantedSeed(titles, { postgresUrl: benchPostgresUrl() });
  const work = mkdtempSync(path.join(tmpdir(), "mydia-bench-stall-"));
  let databaseUrl = seeded;
  if (dbKind === "sqlite") {
    copyFileSync(seeded, path.join(work, "bench.db"));
    databaseUrl = `file:${path.join(work, "bench.db")}`;
  }
  const script = path.join(appDir, "bench/automation/stall-server.ts");
  if (appDir !== path.resolve(here, "../..")) copyFileSync(path.join(here, "stall-server.ts"), script);
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: appDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: work, LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        const m = /LISTENING (\d+)/.exec(chunk.toString());
        if (m) resolve(Number(m[1]));
      });
      child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
    });
    // Warm up both lists once (first query plans, profiles), then measure idle, then under load.
    for (const tab of ["cutoff", "missing"]) await (await fetch(`http://127.0.0.1:${port}/wanted?tab=${tab}`)).text();
    const idle = await probeFor(port, 3000);
    let stop = false;
    const heavy: number[] = [];
    const load = (async () => {
      for (let i = 0; !stop; i++) {
        const r = await fetch(`http://127.0.0.1:${port}/wanted?tab=${i % 2 ? "missing" : "cutoff"}`);
        heavy.push(((await r.json()) as { ms: number }).ms);
      }
    })();
    const busy = await probeFor(port, seconds * 1000);
    stop = true;
    await load;
    console.log(`code: ${appDir}  ${dbKind}, ${titles} titles`);
    console.log(`cheap call, idle process:           ${summary(idle)}`);
    console.log(`cheap call, during Wanted requests: ${summary(busy)}`);
    console.log(`the Wanted requests themselves:     ${summary(heavy)}`);
  } finally {
    child.kill("SIGTERM");
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
