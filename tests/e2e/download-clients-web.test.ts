import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDownloadClient } from "@/lib/downloads/clients/registry";
import type { DownloadClientKind } from "@/lib/downloads/clients/types";
import { startTorrentSeeder, type TorrentSeeder } from "../integration/downloads/seeded-torrents";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import {
  startNzbget,
  startQbittorrent,
  startSabnzbd,
  startTransmission,
  type StartedDaemon,
} from "../helpers/daemons/clients";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { createFirstAdmin } from "../helpers/first-admin";
import { freePort } from "../helpers/postgres-server";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const names: Record<DownloadClientKind, string> = {
  qbittorrent: "qBittorrent",
  transmission: "Transmission",
  nzbget: "NZBGet",
  sabnzbd: "SABnzbd",
};

/** An NZB whose articles no server has: the usenet clients keep it queued (their news server is down). */
const nzbOf = (title: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nzb PUBLIC "-//newzBin//DTD NZB 1.1//EN" "http://www.newzbin.com/DTD/nzb/nzb-1.1.dtd">
<nzb xmlns="http://www.newzbin.com/DTD/2003/nzb">
  <file poster="test@example.com" date="1700000000" subject="&quot;${title}.mkv&quot; yEnc (1/1)">
    <groups><group>alt.binaries.test</group></groups>
    <segments><segment bytes="200000" number="1">${title}.part1@e2e.invalid</segment></segments>
  </file>
</nzb>
`;

/**
 * #12.8: every outbound call works the same from the web process as from the worker. All four real
 * clients, driven from the web process (Next's route handlers and server actions): Test in Settings,
 * a grab, then pause, resume and remove from the queue page.
 */
describe("download clients driven from the web process", () => {
  let fake: FakeTmdb;
  let seeder: TorrentSeeder;
  let nzbServer: Server;
  let nzbUrl = "";
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let movieId = "";
  const daemons = new Map<DownloadClientKind, StartedDaemon>();
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-clients-"));
  const figures: Record<string, unknown>[] = [];

  const api = async <T = unknown>(method: string, url: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return (response.status() === 204 ? null : await response.json()) as T;
  };

  beforeAll(async () => {
    mkdirSync(path.join(media, "Movies"));
    const deadNntp = await freePort(); // nothing listens: usenet downloads stay queued
    const started = await Promise.all([
      startQbittorrent(),
      startTransmission(),
      startNzbget(deadNntp),
      startSabnzbd(deadNntp),
    ]);
    for (const daemon of started) daemons.set(daemon.kind, daemon);
    seeder = await startTorrentSeeder(media);
    nzbServer = createServer((request, response) => {
      const title = decodeURIComponent((request.url ?? "/").slice(1).replace(/\.nzb$/, ""));
      response.writeHead(200, { "content-type": "application/x-nzb" }).end(nzbOf(title));
    });
    await new Promise<void>((resolve) => nzbServer.listen(0, "127.0.0.1", resolve));
    nzbUrl = `http://127.0.0.1:${(nzbServer.address() as AddressInfo).port}`;
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    app = await startApp({
      env: {
        TMDB_BASE_URL: fake.url,
        TMDB_IMAGE_BASE_URL: fake.imageUrl,
        TMDB_API_KEY: TMDB_KEY,
        LIBRARY_ALLOWED_ROOTS: media,
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(page, app.baseUrl);
    const library = await api<{ id: string }>("POST", "/api/v1/libraries", {
      name: "Movies",
      kind: "movie",
      path: path.join(media, "Movies"),
      monitorNew: false,
    });
    movieId = (
      await api<{ id: string }>("POST", "/api/v1/movies", { tmdbId: 550, libraryId: library.id, monitored: false })
    ).id;
  }, 300_000);

  afterAll(async () => {
    console.log(`grab → client state on /activity: ${JSON.stringify(figures)}`);
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    await seeder?.close();
    await new Promise((resolve) => nzbServer?.close(resolve));
    await Promise.all([...daemons.values()].map((daemon) => daemon.stop()));
    rmSync(media, { recursive: true, force: true });
  });

  const row = (title: string) =>
    page.getByRole("list", { name: "Download queue" }).getByRole("listitem").filter({ hasText: title });
  const menu = async (title: string, item: RegExp) => {
    await page.getByRole("button", { name: `Actions for ${title}` }).click();
    await page.getByRole("menuitem", { name: item }).click();
  };

  for (const kind of ["qbittorrent", "transmission", "nzbget", "sabnzbd"] as const) {
    it(`${names[kind]}: Test in Settings, grab, pause, resume and remove`, async () => {
      const daemon = daemons.get(kind)!;
      const name = names[kind];
      const { connection } = daemon;
      const client = await api<{ id: string }>("POST", "/api/v1/download-clients", {
        kind,
        name,
        host: connection.host,
        port: connection.port,
        ...(connection.username ? { username: connection.username } : {}),
        ...(connection.password ? { password: connection.password } : {}),
        ...(connection.apiKey ? { apiKey: connection.apiKey } : {}),
      });

      // Settings → Download clients → Test: a server action in the web process.
      await page.goto(`${app.baseUrl}/settings/download-clients`);
      await page.getByRole("region", { name }).getByRole("button", { name: "Test" }).click();
      await page.getByText(new RegExp(`^${name}: connected, version `)).waitFor();

      // Grab (the web process fetches the .torrent/.nzb and hands it to the client), watched on /activity.
      const title = `Fight.Club.1999.1080p.BluRay.x264-${kind.toUpperCase()}`;
      const source =
        kind === "qbittorrent" || kind === "transmission"
          ? {
              downloadUrl: seeder.seed(title, { [`${title}.mkv`]: Buffer.alloc(300_000, 3) }, { placed: false }).url,
              protocol: "torrent",
            }
          : { downloadUrl: `${nzbUrl}/${encodeURIComponent(title)}.nzb`, protocol: "usenet" };
      await page.goto(`${app.baseUrl}/activity`);
      const grabbedAt = Date.now();
      await api("POST", "/api/v1/releases/grab", { ...source, title, movieId });
      await row(title).waitFor();
      const visibleMs = Date.now() - grabbedAt;
      // The client's own state replaces "Waiting in the client…" once the monitor has asked it.
      await row(title).getByText("Waiting in the client…").waitFor({ state: "detached", timeout: 90_000 });
      const stateMs = Date.now() - grabbedAt;
      const badge = await row(title).locator("[data-slot=badge]").first().textContent();
      figures.push({ client: name, rowVisibleMs: visibleMs, clientStateVisibleMs: stateMs, state: badge });

      // Pause and resume: server actions in the web process, answered by the client.
      await menu(title, /^Pause$/);
      await page.getByText("Paused", { exact: true }).first().waitFor();
      await row(title).getByText("Paused", { exact: true }).waitFor();
      await menu(title, /^Resume$/);
      await page.getByText("Resumed", { exact: true }).first().waitFor();
      await row(title).getByText("Paused", { exact: true }).waitFor({ state: "detached" });

      // Remove, from the client too.
      await menu(title, /^Remove/);
      const dialog = page.getByRole("dialog", { name: "Remove download" });
      await dialog.getByRole("checkbox", { name: `Remove from ${name}` }).click();
      await dialog.getByRole("button", { name: "Remove" }).click();
      await page.getByText("Removed from the queue").waitFor();
      await row(title).waitFor({ state: "detached" });
      const left = await createDownloadClient(kind, connection).list();
      expect(left.filter((item) => item.name.includes(title))).toEqual([]);

      await api("DELETE", `/api/v1/download-clients/${client.id}`);
    });
  }
});
