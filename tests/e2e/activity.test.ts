import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTorrentSeeder, type TorrentSeeder } from "../integration/downloads/seeded-torrents";
import { startApp, type RunningApp } from "../helpers/app-server";
import { artifactsDir, launchChromium } from "../helpers/chromium";
import { startTransmission, type StartedDaemon } from "../helpers/daemons/clients";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { createFirstAdmin } from "../helpers/first-admin";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const shots = path.join(artifactsDir, "screenshots");
const WRONG = "Game.of.Thrones.S01E01.1080p.WEB.H264-WRONG";
const RAR = "Fight.Club.1999.1080p.BluRay.x264-RARGRP";
const ODD = "Game.of.Thrones.S01.1080p.BluRay.x264-ODD";

interface QueueEntry {
  id: string;
  title: string;
  status: string;
  error: string | null;
  movieId: string | null;
  seriesId: string | null;
  episodeIds: string[];
}

describe("activity in a real browser: queue actions by keyboard, manual import, history filter", () => {
  let fake: FakeTmdb;
  let transmission: StartedDaemon;
  let seeder: TorrentSeeder;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let movieId = "";
  let episodes: { id: string; seasonNumber: number; episodeNumber: number }[] = [];
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-activity-"));

  const api = async <T = unknown>(method: string, url: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const queue = async () => (await api<{ items: QueueEntry[] }>("GET", "/api/v1/queue")).items;
  const entry = async (title: string) => (await queue()).find((q) => q.title === title);
  const episode = (season: number, number: number) =>
    episodes.find((e) => e.seasonNumber === season && e.episodeNumber === number)!.id;
  /** Screenshots after transitions end (a resize animates an open dialog's width). */
  const shot = async (name: string, fullPage = false) => {
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished),
      ),
    );
    await page.screenshot({ path: path.join(shots, name), fullPage });
  };
  const focusedLabel = () =>
    page.evaluate(
      () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? null,
    );

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    mkdirSync(path.join(media, "Movies"));
    mkdirSync(path.join(media, "TV"));
    transmission = await startTransmission();
    seeder = await startTorrentSeeder(transmission.downloadsDir);
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    app = await startApp({
      env: {
        TMDB_BASE_URL: fake.url,
        TMDB_IMAGE_BASE_URL: fake.imageUrl,
        TMDB_API_KEY: TMDB_KEY,
        LIBRARY_ALLOWED_ROOTS: `${media},${transmission.dir}`,
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(page, app.baseUrl);

    const movies = await api<{ id: string }>("POST", "/api/v1/libraries", {
      name: "Movies",
      kind: "movie",
      path: path.join(media, "Movies"),
      monitorNew: false,
    });
    const tv = await api<{ id: string }>("POST", "/api/v1/libraries", {
      name: "TV",
      kind: "tv",
      path: path.join(media, "TV"),
      monitorNew: false,
    });
    movieId = (
      await api<{ id: string }>("POST", "/api/v1/movies", { tmdbId: 550, libraryId: movies.id, monitored: false })
    ).id;
    const series = await api<{ id: string }>("POST", "/api/v1/series", {
      tmdbId: 1399,
      libraryId: tv.id,
      monitor: "none",
    });
    episodes = (await api<{ items: typeof episodes }>("GET", `/api/v1/series/${series.id}/episodes`)).items;
    const { connection } = transmission;
    await api("POST", "/api/v1/download-clients", {
      kind: "transmission",
      name: "Transmission",
      host: connection.host,
      port: connection.port,
      username: connection.username,
      password: connection.password,
    });

    // A: matched to the wrong title (a magnet without peers: it stays queued).
    await api("POST", "/api/v1/releases/grab", {
      magnet: `magnet:?xt=urn:btih:${"ab".repeat(20)}&dn=${WRONG}`,
      title: WRONG,
      movieId,
    });
    // B: finished, but only RAR archives. C: a finished season pack whose file names say nothing.
    const rar = seeder.seed(RAR, { "fc.rar": randomBytes(150_000), "fc.r00": randomBytes(100_000) });
    await api("POST", "/api/v1/releases/grab", { downloadUrl: rar.url, title: RAR, movieId });
    const odd = seeder.seed(ODD, {
      "Winter is coming.mkv": randomBytes(220_000),
      "The Kingsroad.mkv": randomBytes(210_000),
    });
    await api("POST", "/api/v1/releases/grab", {
      downloadUrl: odd.url,
      title: ODD,
      episodeIds: [episode(1, 1), episode(1, 2)],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    await seeder?.close();
    await transmission?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("shows each download's state and the reason: needs extraction, a failed import", async () => {
    // The worker checks the client (about every minute; "run now" here) and imports what finished.
    await expect
      .poll(
        async () => {
          await api("POST", "/api/v1/system/tasks/downloads.monitor/run");
          const [b, c] = [await entry(RAR), await entry(ODD)];
          return b?.status === "needs-extraction" && /^Import failed/.test(c?.error ?? "");
        },
        { timeout: 90_000, interval: 2000 },
      )
      .toBe(true);
    await page.goto(`${app.baseUrl}/activity`);
    const list = page.getByRole("list", { name: "Download queue" });
    await list.getByText(WRONG, { exact: true }).waitFor();
    const rarRow = list.getByRole("listitem").filter({ hasText: RAR });
    await rarRow.getByText("Needs extraction").first().waitFor();
    await rarRow.getByText(/Contains only RAR archives: extract them/).waitFor();
    await list
      .getByRole("listitem")
      .filter({ hasText: ODD })
      .getByText(/Import failed: .*matches the episodes/)
      .waitFor();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const [width, height] of [
        [390, 844],
        [1440, 900],
      ]) {
        await page.setViewportSize({ width, height });
        await shot(`activity-queue-${width}-${colorScheme}.png`, true);
        if (width === 390)
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
          ).toBeLessThanOrEqual(0);
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("changes the match with the keyboard only: series, season, episode", async () => {
    const actions = page.getByRole("button", { name: `Actions for ${WRONG}` });
    await actions.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await menu.waitFor();
    // Type-ahead to the item, as a keyboard user would.
    await page.keyboard.press("c");
    await expect.poll(focusedLabel).toMatch(/Change match/);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Change match" });
    await dialog.waitFor();
    await dialog.getByRole("tab", { name: "Movie" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => dialog.getByRole("tab", { name: "Series" }).getAttribute("aria-selected")).toBe("true");
    await dialog.getByLabel("Filter series").focus();
    await page.keyboard.type("thrones");
    const radio = dialog.getByRole("radio", { name: /Game of Thrones/ });
    await radio.waitFor();
    await radio.focus();
    await page.keyboard.press("Space");
    await dialog.getByRole("checkbox", { name: /S01E01/ }).waitFor();
    await expect.poll(() => dialog.getByLabel("Season").inputValue()).toBe("1");
    await dialog.getByRole("checkbox", { name: /S01E01/ }).focus();
    await page.keyboard.press("Space");
    await dialog.getByText("1 episode picked").waitFor();
    await shot("activity-change-match-1440-light.png");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot("activity-change-match-390-light.png");
    await page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByRole("button", { name: "Save match" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Match changed").waitFor();
    await expect.poll(async () => (await entry(WRONG))?.episodeIds).toEqual([episode(1, 1)]);
    expect(await entry(WRONG)).toMatchObject({ movieId: null, seriesId: expect.any(String) });
    // The focus is back on the row's menu button.
    await expect.poll(focusedLabel).toBe(`Actions for ${WRONG}`);
  });

  it("imports the odd season pack by hand: a target per file", async () => {
    await page.getByRole("button", { name: `Actions for ${ODD}` }).click();
    await page.getByRole("menuitem", { name: "Manual import…" }).click();
    const dialog = page.getByRole("dialog", { name: "Manual import" });
    const files = dialog.getByRole("list", { name: "Files" });
    await files.getByText("Winter is coming.mkv").waitFor();
    await dialog.getByLabel("Winter is coming.mkv").selectOption({ label: "S01E01 · Winter Is Coming" });
    await dialog.getByLabel("The Kingsroad.mkv").selectOption({ label: "S01E02 · The Kingsroad" });
    await shot("activity-manual-import-1440-light.png");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot("activity-manual-import-390-light.png");
    await page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByRole("button", { name: "Import 2 files" }).click();
    await page.getByText("Imported 2 files").waitFor();
    await expect.poll(async () => (await entry(ODD)) ?? null).toBeNull();
    await page
      .getByRole("list", { name: "Download queue" })
      .getByText(ODD, { exact: true })
      .waitFor({ state: "detached" });
  });

  it("removes a download with the keyboard: from the client and onto the blocklist", async () => {
    await page.getByRole("button", { name: `Actions for ${WRONG}` }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menu").waitFor();
    await page.keyboard.press("r");
    await expect.poll(focusedLabel).toMatch(/Remove/);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Remove download" });
    await dialog.waitFor();
    await dialog.getByRole("checkbox", { name: "Remove from Transmission" }).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect
      .poll(() =>
        dialog.getByRole("checkbox", { name: "Add the release to the blocklist" }).getAttribute("aria-checked"),
      )
      .toBe("true");
    await shot("activity-remove-1440-light.png");
    await dialog.getByRole("button", { name: "Remove" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Removed and blocklisted").waitFor();
    await page
      .getByRole("list", { name: "Download queue" })
      .getByText(WRONG, { exact: true })
      .waitFor({ state: "detached" });
    const blocklist = await api<{ items: { title: string }[] }>("GET", "/api/v1/blocklist");
    expect(blocklist.items.map((b) => b.title)).toContain(WRONG);
  });

  it("filters the history by event", async () => {
    await page.goto(`${app.baseUrl}/activity?tab=history`);
    const history = page.getByRole("table", { name: "Download history" });
    const entries = history.locator("tbody").getByRole("row");
    await history.getByText(WRONG).first().waitFor();
    await page.getByLabel("Event").selectOption("imported");
    await page.waitForURL(/event=imported/);
    await expect.poll(() => entries.count()).toBe(1);
    await history.getByText(/^By hand: /).waitFor();
    await page.getByLabel("Event").selectOption("deleted");
    await page.waitForURL(/event=deleted/);
    await history.getByText(WRONG).waitFor();
    await page.getByLabel("Event").selectOption("grabbed");
    await page.waitForURL(/event=grabbed/);
    await expect.poll(() => entries.count()).toBe(3);
    for (const [width, height] of [
      [390, 844],
      [1440, 900],
    ]) {
      await page.setViewportSize({ width, height });
      await shot(`activity-history-${width}-light.png`, true);
    }
    await page.getByLabel("Event").selectOption("upgraded");
    await page.getByText("Nothing upgraded yet").waitFor();
    await page.getByRole("link", { name: "Show all events" }).click();
    await page.waitForURL((url) => !url.search.includes("event="));
  });

  it("adds a remote path mapping in Settings → Download clients, with the folder picker", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.baseUrl}/settings/download-clients`);
    const section = page.getByRole("region", { name: "Remote path mappings" });
    await section.getByText("No mappings.").waitFor();
    await section.getByRole("button", { name: "Add mapping" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a path mapping" });
    await dialog.getByLabel("Remote path").fill("/downloads");
    await dialog.getByRole("button", { name: media, exact: true }).click();
    await expect.poll(() => dialog.getByLabel("Local path").inputValue()).toBe(media);
    await dialog.getByLabel("Local path").fill("/etc");
    await dialog.getByRole("button", { name: "Add mapping" }).click();
    await dialog
      .getByRole("alert")
      .getByText(/outside the folders Mydia may use/)
      .waitFor();
    await dialog.getByLabel("Local path").fill(path.join(media, "TV"));
    await shot("settings-path-mapping-dialog-1440-light.png");
    await dialog.getByRole("button", { name: "Add mapping" }).click();
    await page.getByText(`/downloads now maps to ${path.join(media, "TV")}`).waitFor();
    const list = section.getByRole("list", { name: "Remote path mappings" });
    await list.getByText(path.join(media, "TV")).waitFor();
    expect(await api<{ items: { remotePath: string; localPath: string }[] }>("GET", "/api/v1/path-mappings")).toEqual({
      items: [{ id: expect.any(String), remotePath: "/downloads", localPath: path.join(media, "TV") }],
    });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const [width, height] of [
        [390, 844],
        [1440, 900],
      ]) {
        await page.setViewportSize({ width, height });
        await shot(`settings-path-mappings-${width}-${colorScheme}.png`, true);
        const box = (await section.boundingBox())!;
        expect(box.x + box.width, "the mappings section overflows sideways").toBeLessThanOrEqual(width);
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
  });
});
