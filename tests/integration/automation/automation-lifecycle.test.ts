import { randomBytes } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, tables } from "@/lib/db";
import { clientRecordOf, startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";
import { startFakeServer, type FakeServer } from "@/tests/helpers/fake-indexer";
import type { FakeTmdb } from "@/tests/helpers/fake-tmdb";
import { admin, useAllowedRoot, useFakeTmdb } from "../library/helpers";
import { resolveLibrary } from "@/lib/library";

/**
 * Automation end to end with a real Transmission: a movie added with "search now" → the search job
 * asks a local Torznab indexer → the best release by the profile (not the first, never the one
 * below the profile) → Transmission finishes it → imported (hardlinked). Then a better release
 * shows up in the RSS feed: the delay profile holds it until its delay has passed, then it is
 * grabbed and imported as an upgrade, the old file going to the recycle folder.
 */
const GB = 1024 ** 3;
const HOUR = 3_600_000;
const FIRST = [
  "Fight.Club.1999.HDCAM.x264-CAMERA",
  "Fight.Club.1999.720p.BluRay.x264-SMALL",
  "Fight.Club.1999.1080p.WEB-DL.DDP5.1.H.264-WEBGRP",
];
const UPGRADE = "Fight.Club.1999.1080p.BluRay.x264-BLURAYGRP";
const BELOW = "Fight.Club.1999.TS.XViD-TELESYNC";

let transmission: StartedDaemon;
let fake: FakeTmdb;
let indexer: FakeServer;
let base = "";
let movieId = "";
let feedTitles: string[] = [];
const torrents = new Map<string, { data: Buffer; infoHash: string }>();
const published = new Map<string, Date>();
let automation: typeof import("@/lib/automation");
let downloads: typeof import("@/lib/downloads");

/** Data placed where Transmission saves (it verifies to 100 %), the .torrent kept for the indexer to serve. */
function seed(title: string): void {
  const scratch = mkdtempSync(path.join(tmpdir(), "mydia-auto-seed-"));
  const folder = path.join(scratch, title);
  mkdirSync(folder);
  writeFileSync(path.join(folder, `${title}.mkv`), randomBytes(200_000));
  torrents.set(title, makeTorrent(folder));
  mkdirSync(path.join(transmission.downloadsDir, title), { recursive: true });
  copyFileSync(path.join(folder, `${title}.mkv`), path.join(transmission.downloadsDir, title, `${title}.mkv`));
  rmSync(scratch, { recursive: true, force: true });
}

function feed(): string {
  const items = feedTitles.map((title, i) => {
    const seeders = title.includes("HDCAM") ? 900 : 40 - i;
    const pubDate = (published.get(title) ?? new Date(Date.now() - 48 * HOUR)).toUTCString();
    return `<item><title>${title}</title><guid>guid-${title}</guid><link>${indexer.url}/get/${encodeURIComponent(title)}.torrent</link><size>${8 * GB}</size>
<pubDate>${pubDate}</pubDate><torznab:attr name="seeders" value="${seeders}"/><torznab:attr name="peers" value="${seeders + 5}"/><torznab:attr name="category" value="2040"/></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel><title>fake</title>${items.join("")}</channel></rss>`;
}
const caps = `<?xml version="1.0" encoding="UTF-8"?><caps><searching><search available="yes" supportedParams="q"/><movie-search available="yes" supportedParams="q,imdbid,tmdbid"/><tv-search available="yes" supportedParams="q,season,ep"/></searching><categories><category id="2000" name="Movies"/></categories></caps>`;

const downloadRows = () => db().select().from(tables.downloads);
const job = <T extends object>(data: T) => ({ id: "test", data, signal: new AbortController().signal, attempt: 1 });

async function finishAndImport(downloadId: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    await downloads.monitorDownloads();
    const [row] = await db().select().from(tables.downloads).where(eq(tables.downloads.id, downloadId));
    if (row.status === "importing") break;
    if (Date.now() - started > 20_000) throw new Error(`download still ${row.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await downloads.importDownload(downloadId);
}

beforeAll(async () => {
  transmission = await startTransmission();
  fake = await useFakeTmdb();
  base = await useAllowedRoot("automation", [transmission.dir]);
  indexer = await startFakeServer((r) => {
    if (r.url.pathname.startsWith("/get/")) {
      const title = decodeURIComponent(r.url.pathname.slice(5).replace(/\.torrent$/, ""));
      const torrent = torrents.get(title);
      return torrent
        ? { headers: { "content-type": "application/x-bittorrent" }, body: torrent.data }
        : { status: 404, body: "gone" };
    }
    return {
      headers: { "content-type": "application/rss+xml" },
      body: r.url.searchParams.get("t") === "caps" ? caps : feed(),
    };
  }, 300_000);
  automation = await import("@/lib/automation");
  downloads = await import("@/lib/downloads");
  const library = await import("@/lib/library");
  const quality = await import("@/lib/quality");
  const { createIndexer } = await import("@/lib/indexers");
  mkdirSync(path.join(base, "movies"));
  await library.createLibrary(admin, {
    name: "Movies",
    kind: "movie",
    path: path.join(base, "movies"),
    monitorNew: false,
  });
  // HD-1080p with Bluray-1080p as the cutoff, so a WEB-DL file is still upgraded.
  const { id: _id, ...profile } = await quality.getQualityProfile(admin, "hd-1080p");
  const bluray = profile.items.find((i) => i.name === "Bluray-1080p")!;
  await quality.updateQualityProfile(admin, "hd-1080p", { ...profile, cutoff: bluray.id });
  await createIndexer(admin, {
    kind: "torznab",
    name: "Local Torznab",
    baseUrl: indexer.url,
    apiKey: "k",
    timeoutMs: 3000,
  });
  await downloads.createDownloadClientRecord(admin, {
    ...clientRecordOf(transmission),
    movieCategory: "mydia-movies",
  });
  for (const title of [...FIRST, UPGRADE, BELOW]) seed(title);
}, 60_000);

afterAll(async () => {
  const { closeJobQueue } = await import("@/lib/jobs");
  await closeJobQueue({ graceMs: 0 });
  await indexer?.close();
  await fake?.stop();
  await transmission?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("automation: search on add, RSS upgrade, delay profile", () => {
  it("adding a movie with search now queues a search that grabs the best release, not the first or the most seeded", async () => {
    const catalog = await import("@/lib/catalog");
    const { getJobQueue, sendJob } = await import("@/lib/jobs");
    feedTitles = [...FIRST];
    movieId = (
      await catalog.addMovie(admin, { tmdbId: 550, qualityProfileId: "hd-1080p", searchNow: true }, resolveLibrary)
    ).id;
    const counts = await (await getJobQueue()).queueCounts();
    expect(counts["automation.search"]).toMatchObject({ queued: 1 });
    // The same search again is the same job (singleton per item).
    expect(await sendJob("automation.search", { movieId, trigger: "user" })).toBeNull();

    const summary = await automation.automationSearchHandler(job({ movieId, trigger: "added" as const }));
    expect(summary).toMatchObject({
      trigger: "added",
      searches: 1,
      releases: 3,
      grabbed: [{ title: FIRST[2], clientName: "Transmission", quality: "WEBDL-1080p" }],
    });
    const rows = await downloadRows();
    expect(rows.map((r) => r.title)).toEqual([FIRST[2]]);
    expect(rows[0]).toMatchObject({
      movieId,
      infoHash: torrents.get(FIRST[2])!.infoHash,
      indexerName: "Local Torznab",
      guid: `guid-${FIRST[2]}`,
    });

    // While it downloads, searching again grabs nothing: it is already queued.
    const again = await automation.searchItem(
      { movieId },
      {
        now: Date.now(),
        settings: await automation.readAutomationSettings(),
        indexers: await automation.indexerStates(),
      },
    );
    expect(again.grabbed).toEqual([]);
    expect(again.reasons.map((r) => r.reason).join("\n")).toMatch(/Grabbed before for this item/);
  });

  it("the download finishes in Transmission and is imported, hardlinked", async () => {
    const [row] = await downloadRows();
    await finishAndImport(row.id);
    const movieFolder = path.join(base, "movies");
    const files = readdirSync(movieFolder, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".mkv"));
    expect(files).toHaveLength(1);
    const source = path.join(transmission.downloadsDir, FIRST[2], `${FIRST[2]}.mkv`);
    expect(statSync(path.join(movieFolder, files[0])).ino).toBe(statSync(source).ino);
  });

  it("a better release in the RSS feed is held by the delay profile, then grabbed once the delay has passed", async () => {
    const quality = await import("@/lib/quality");
    await quality.updateDelayProfile(admin, "default", {
      preferredProtocol: "torrent",
      torrentDelayMinutes: 120,
      usenetDelayMinutes: 0,
      bypassIfHighestQuality: false,
    });
    feedTitles = [BELOW, UPGRADE, ...FIRST];
    published.set(UPGRADE, new Date());
    published.set(BELOW, new Date());
    const run = async (now: number) => ({
      now,
      settings: await automation.readAutomationSettings(),
      indexers: await automation.indexerStates(),
    });

    const first = await automation.rssSync(await run(Date.now()), { force: true });
    expect(first).toMatchObject({ skipped: null, releases: 5, grabbed: [], delayed: 1 });
    expect((await downloadRows()).map((r) => r.title)).toEqual([FIRST[2]]);
    expect((await db().select().from(tables.pendingReleases)).map((p) => p.guid)).toEqual([`guid-${UPGRADE}`]);

    // An hour later the delay still holds it; the feed has nothing new.
    const later = await automation.rssSync(await run(Date.now() + 1 * HOUR), { force: true });
    expect(later).toMatchObject({ new: 0, grabbed: [], pending: { items: 1, grabbed: [], waiting: 1 } });

    // Past the 120-minute delay the held release is grabbed; the one below the profile never is.
    const expired = await automation.rssSync(await run(Date.now() + 2 * HOUR + 60_000), { force: true });
    expect(expired.pending).toMatchObject({
      items: 1,
      grabbed: [{ title: UPGRADE, quality: "Bluray-1080p" }],
      waiting: 0,
    });
    expect(await db().select().from(tables.pendingReleases)).toEqual([]);
    const titles = (await downloadRows()).map((r) => r.title).sort();
    expect(titles).toEqual([UPGRADE, FIRST[2]].sort());
    expect(titles).not.toContain(BELOW);
    expect(titles).not.toContain(FIRST[0]);
  });

  it("the upgrade is imported: the new file replaces the old one, which goes to the recycle folder", async () => {
    const upgrade = (await downloadRows()).find((r) => r.title === UPGRADE)!;
    await finishAndImport(upgrade.id);
    const movieFolder = path.join(base, "movies");
    const videos = readdirSync(movieFolder, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".mkv"));
    const inLibrary = videos.filter((f) => !f.includes(".mydia-recycle"));
    const recycled = videos.filter((f) => f.includes(".mydia-recycle"));
    expect(inLibrary).toHaveLength(1);
    expect(statSync(path.join(movieFolder, inLibrary[0])).ino).toBe(
      statSync(path.join(transmission.downloadsDir, UPGRADE, `${UPGRADE}.mkv`)).ino,
    );
    expect(recycled).toHaveLength(1);
    expect(existsSync(path.join(movieFolder, recycled[0]))).toBe(true);
    const history = await db()
      .select()
      .from(tables.downloadHistory)
      .where(eq(tables.downloadHistory.downloadId, upgrade.id));
    expect(history.map((h) => h.event).sort()).toEqual(["grabbed", "imported", "upgraded"]);

    // The cutoff is met now: nothing is wanted, and the feed offers nothing more.
    const { wantedCutoffUnmet, wantedMissing } = automation;
    expect((await wantedMissing(admin, { kind: "movie" })).total).toBe(0);
    expect((await wantedCutoffUnmet(admin, { kind: "movie" })).total).toBe(0);
    const settled = await automation.rssSync(
      {
        now: Date.now() + 3 * HOUR,
        settings: await automation.readAutomationSettings(),
        indexers: await automation.indexerStates(),
      },
      { force: true },
    );
    expect(settled.grabbed).toEqual([]);
  });
});
