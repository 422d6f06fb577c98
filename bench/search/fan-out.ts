// Search fan-out: 20 local Torznab/Newznab indexers replaying real captures (latency 20–400 ms),
// one of which hangs. Time to first result and to complete, over several searches, through the
// real service (SQLite database, health, rate-limit slots, stats, parsing, de-duplication).
// Usage: npx tsx bench/search/fan-out.ts [searches=20]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dataDir = mkdtempSync(path.join(tmpdir(), "mydia-bench-search-"));
process.env.DATABASE_URL = `file:${path.join(dataDir, "mydia.db")}`;
process.env.DATA_DIR = dataDir;
process.env.LOG_LEVEL = "silent";
process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0000";

const SEARCHES = Number(process.argv[2] ?? 20);
const FEEDS = [
  "torznab/torznab_hdaccess_net.xml",
  "torznab/torznab_tpb.xml",
  "torznab/torznab_animetosho.xml",
  "torznab/torznab_morethantv.xml",
  "torznab/nzbhydra2__btnJackettResponse.xml",
  "newznab/newznab_nzb_su.xml",
  "newznab/nzbhydra2/nzbFinderResponse.xml",
  "newznab/nzbhydra2/drunkenSlugResponse.xml",
  "newznab/nzbhydra2/tabulaRasaResponse.xml",
  "newznab/nzbhydra2/nzbsOrgResponse.xml",
];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function main() {
  const { migrate, getDbHandle, closeDb } = await import("@/lib/db");
  const { systemActor } = await import("@/lib/accounts");
  const { createIndexer, searchReleases } = await import("@/lib/indexers");
  const { listIndexerRows, resetStatusRow } = await import("@/lib/indexers/indexer.repo");
  const { startFakeServer, fixture } = await import("@/tests/helpers/fake-indexer");
  await migrate(getDbHandle());

  const servers = [];
  for (let i = 0; i < 20; i++) {
    const hangs = i === 7;
    const feed = fixture(FEEDS[i % FEEDS.length]);
    const caps = fixture("newznab/prowlarr__newznab_caps.xml");
    const latency = 20 + ((i * 97) % 380);
    const server = await startFakeServer(async (request) => {
      if (hangs) return "hang";
      await new Promise((resolve) => setTimeout(resolve, latency));
      return {
        headers: { "content-type": "application/rss+xml" },
        body: request.url.searchParams.get("t") === "caps" ? caps : feed,
      };
    }, 3_600_000);
    servers.push(server);
    await createIndexer(systemActor, {
      kind: FEEDS[i % FEEDS.length].startsWith("newznab") ? "newznab" : "torznab",
      name: `Indexer ${String(i + 1).padStart(2, "0")}${hangs ? " (hangs)" : ""}`,
      baseUrl: server.url,
      apiKey: `key-${i}`,
      timeoutMs: 3_000,
    });
  }

  const first: number[] = [];
  const complete: number[] = [];
  const allButHanging: number[] = [];
  let releases = 0;
  for (let run = 0; run < SEARCHES; run++) {
    const started = performance.now();
    let firstAt: number | null = null;
    let lastGood = 0;
    let count = 0;
    for await (const event of searchReleases(
      systemActor,
      { type: "search", q: "show" },
      { mode: "interactive", deadlineMs: 10_000 },
    )) {
      if (event.type === "results") {
        firstAt ??= performance.now() - started;
        lastGood = performance.now() - started;
        count += event.releases.length;
      }
    }
    complete.push(performance.now() - started);
    first.push(firstAt ?? NaN);
    allButHanging.push(lastGood);
    releases = count;
    // The hanging indexer is backed off after its first timeout; reset it so every search pays for it.
    for (const row of await listIndexerRows()) await resetStatusRow(row.id);
  }
  const fmt = (values: number[]) =>
    `median ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
  console.log(
    `20 indexers (1 hangs, per-indexer timeout 3 s), ${SEARCHES} searches, ${releases} releases per search after de-duplication`,
  );
  console.log(`time to first result:            ${fmt(first)}`);
  console.log(`time to the last good indexer:   ${fmt(allButHanging)}`);
  console.log(`time to complete (hang timed out): ${fmt(complete)}`);
  await Promise.all(servers.map((s) => s.close()));
  await closeDb();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
