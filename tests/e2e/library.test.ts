import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { artifactsDir, launchChromium } from "../helpers/chromium";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";

const admin = { username: "admin", password: "correct horse battery" };
const shots = path.join(artifactsDir, "screenshots");
const TMDB_KEY = "0123456789abcdef0123456789abcdef";

describe("library in a real browser: add with the folder picker, CLI scan, unmatched, files on the movie page", () => {
  let fake: FakeTmdb;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-library-"));
  const env = () => ({
    TMDB_BASE_URL: fake.url,
    TMDB_IMAGE_BASE_URL: fake.imageUrl,
    TMDB_API_KEY: TMDB_KEY,
    LIBRARY_ALLOWED_ROOTS: media,
  });

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    for (const file of [
      "Movies/Fight Club (1999)/Fight Club (1999) Bluray-1080p.mkv",
      "Movies/Amélie (2001)/Amélie.2001.1080p.WEB-DL.x264-GRP.mkv",
      "Movies/Some Home Video 2003.mkv",
    ]) {
      mkdirSync(path.dirname(path.join(media, file)), { recursive: true });
      writeFileSync(path.join(media, file), "");
    }
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    app = await startApp({ env: env() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(app.baseUrl);
    await page.waitForURL(/\/setup$/);
    await page.getByLabel("Username").fill(admin.username);
    await page.getByLabel("Password", { exact: true }).fill(admin.password);
    await page.getByLabel("Repeat the password").fill(admin.password);
    await page.getByRole("button", { name: /create admin/i }).click();
    await page.getByRole("heading", { name: "Set up Mydia" }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("adds a library by browsing the allowed folders", async () => {
    await page.goto(`${app.baseUrl}/settings/libraries`);
    await page.getByRole("button", { name: "Add library" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: media }).click();
    await dialog.getByRole("button", { name: "Movies" }).click();
    await expect.poll(() => dialog.getByLabel("Folder", { exact: true }).inputValue()).toBe(path.join(media, "Movies"));
    await page.screenshot({ path: path.join(shots, "library-add-1440-light.png") });
    await dialog.getByRole("button", { name: "Add library" }).click();
    await page.getByText("Movies added").waitFor();
    await page.getByText(path.join(media, "Movies"), { exact: true }).first().waitFor();
  });

  it("scans from the command line and shows the result on the page", async () => {
    // Async: the fake TMDB lives in this process and must keep answering while the CLI runs. The
    // documented command (the package's bin, what `npx mydia` runs) on the built code.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["bin/mydia.mjs", "library", "scan", path.join(media, "Movies")],
      {
        env: {
          ...process.env,
          ...env(),
          DATABASE_URL: `file:${path.join(app.dataDir, "mydia.db")}`,
          DATA_DIR: app.dataDir,
          LOG_LEVEL: "silent",
        },
        encoding: "utf8",
      },
    );
    expect(stdout, stdout).toMatch(/videos: +1 matched, 2 unmatched/);
    await page.goto(`${app.baseUrl}/settings/libraries`);
    await page.getByText(/3 files, 1 matched/).waitFor();
  });

  it("scans from the page on the worker, with the new file counted live", async () => {
    const added = path.join(media, "Movies", "Heat (1995)", "Heat.1995.1080p.BluRay.x264-GRP.mkv");
    mkdirSync(path.dirname(added), { recursive: true });
    writeFileSync(added, "");
    await page.goto(`${app.baseUrl}/settings/libraries`);
    await page.evaluate(() => ((window as unknown as { liveMarker: number }).liveMarker = 7));
    await page.getByRole("button", { name: "Scan now" }).click();
    await page.getByText("Scan queued").waitFor();
    await page.getByText(/4 files, 1 matched/).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(7);
  });

  it("imports an unmatched file from the Unmatched page", async () => {
    await page.goto(`${app.baseUrl}/unmatched`);
    // The review's card for the folder; its files one by one are behind a disclosure.
    await page.getByRole("region", { name: "Amélie (2001)" }).getByText("Files, one by one").click();
    const group = page.getByTestId("unmatched-group").filter({ hasText: "Amélie (2001)" });
    await group.getByText("Guess: Amélie (2001)").waitFor();
    await group.getByLabel("Search movies").fill("fight");
    await group.getByRole("button", { name: "Fight Club (1999)" }).click();
    await group.getByRole("button", { name: /Import selected as Fight Club/ }).click();
    await page.getByText("Imported 1 file(s)").waitFor();
    await page.getByTestId("unmatched-group").filter({ hasText: "Amélie (2001)" }).waitFor({ state: "detached" });
  });

  it("lists the movie's files with quality, size and path", async () => {
    await page.goto(`${app.baseUrl}/movies`);
    await page
      .getByRole("link", { name: /Fight Club/ })
      .first()
      .click();
    const files = page.getByTestId("media-files");
    // Importing Amélie's file as Fight Club replaced (recycled) the Bluray-1080p one: an upgrade.
    await files.getByText("WEBDL-1080p", { exact: true }).waitFor();
    await files
      .getByText(path.join(media, "Movies", "Fight Club (1999) {tmdb-550}"), { exact: false })
      .first()
      .waitFor();
  });

  it("takes screenshots at phone and desktop sizes in light and dark", async () => {
    const movieUrl = page.url().replace(app.baseUrl, "");
    const routes: [string, string][] = [
      ["libraries", "/settings/libraries"],
      ["unmatched", "/unmatched"],
      ["movie-files", movieUrl],
    ];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const [width, height] of [
        [390, 844],
        [1440, 900],
      ]) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme });
        for (const [name, route] of routes) {
          await page.goto(`${app.baseUrl}${route}`);
          await page.waitForLoadState("networkidle");
          if (name === "libraries") await page.getByText("Naming").first().click();
          await page.screenshot({
            path: path.join(shots, `library-${name}-${width}-${colorScheme}.png`),
            fullPage: true,
          });
          if (width === 390) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, `${route} overflows sideways on a phone`).toBeLessThanOrEqual(0);
          }
        }
      }
    }
  });
});
