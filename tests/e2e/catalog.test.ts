import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { artifactsDir, launchChromium } from "../helpers/chromium";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { createFirstAdmin } from "../helpers/first-admin";

const shots = path.join(artifactsDir, "screenshots");
const TMDB_KEY = "0123456789abcdef0123456789abcdef";

describe("catalog in a real browser: search, add, browse, monitor, calendar", () => {
  let fake: FakeTmdb;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let seriesUrl = "";
  let movieUrl = "";
  const mediaRoot = mkdtempSync(path.join(tmpdir(), "mydia-e2e-media-"));

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    mkdirSync(path.join(mediaRoot, "movies"));
    mkdirSync(path.join(mediaRoot, "tv"));
    app = await startApp({
      env: {
        TMDB_BASE_URL: fake.url,
        TMDB_IMAGE_BASE_URL: fake.imageUrl,
        TMDB_API_KEY: TMDB_KEY,
        LIBRARY_ALLOWED_ROOTS: mediaRoot,
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(page, app.baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
  });

  it("starts with an honest empty state and adds the libraries", async () => {
    await page.getByRole("heading", { name: "No movies yet" }).waitFor();
    await page.getByRole("link", { name: "Add your first movie" }).waitFor();
    await page.goto(`${app.baseUrl}/settings/libraries`);
    for (const [kind, name, folder] of [
      ["movie", "Movies", "movies"],
      ["tv", "TV", "tv"],
    ] as const) {
      await page.getByRole("button", { name: "Add library" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Kind", { exact: true }).selectOption(kind);
      await dialog.getByLabel("Name", { exact: true }).fill(name);
      await dialog.getByLabel("Folder", { exact: true }).fill(path.join(mediaRoot, folder));
      await dialog.getByRole("button", { name: "Add library" }).click();
      await page.getByText(`${name} added`).waitFor();
    }
    await page.getByText(path.join(mediaRoot, "tv"), { exact: true }).waitFor();
  });

  it("shows a refused TMDB key clearly in Settings → Metadata", async () => {
    await page.goto(`${app.baseUrl}/settings/metadata`);
    await page.getByLabel("API key (v3)").fill("ffffffffffffffffffffffffffffffff");
    await page.getByRole("button", { name: "Test" }).click();
    const result = page.getByTestId("metadata-test-result");
    await result.filter({ hasText: "Invalid API key" }).waitFor();
    expect(await result.textContent()).toContain("Settings → Metadata");
    await page.screenshot({ path: path.join(shots, "settings-metadata-1440-light.png"), fullPage: true });
  });

  it("searches as you type, adds a series and shows its seasons and episodes", async () => {
    await page.goto(`${app.baseUrl}/search?type=tv`);
    await page.getByLabel("Search series").fill("Game of Thrones");
    const result = page.getByTestId("search-result").filter({ hasText: "Game of Thrones" }).first();
    await result.waitFor();
    await page.screenshot({ path: path.join(shots, "search-1440-light.png"), fullPage: true });
    await result.getByRole("button", { name: "Add Game of Thrones" }).click();
    await page.getByLabel("Monitor", { exact: true }).selectOption("all");
    await page.getByRole("button", { name: "Add series" }).click();
    await page.waitForURL(/\/tv\/[\w-]+$/);
    seriesUrl = page.url();
    await page.getByRole("heading", { name: "Game of Thrones" }).waitFor();
    const season1 = page.getByTestId("season-1");
    await season1.getByText("10 episodes").waitFor();
    await season1.getByText("Winter Is Coming").waitFor();
    expect(await season1.getByTestId("episode-row").count()).toBe(10);
    // The same title now reads "In library" in search.
    await page.goto(`${app.baseUrl}/search?type=tv&q=Game%20of%20Thrones`);
    await page
      .getByTestId("search-result")
      .filter({ hasText: "Game of Thrones" })
      .first()
      .getByRole("link", { name: "In library" })
      .waitFor();
  });

  it("toggles monitoring of an episode and a whole season, and it sticks", async () => {
    await page.goto(seriesUrl);
    const season1 = page.getByTestId("season-1");
    const pilot = season1.getByRole("switch", { name: "Monitor episode 1", exact: true });
    expect(await pilot.getAttribute("aria-checked")).toBe("true");
    // The toggle is a server action: wait for its answer (not a guessed delay) before reloading.
    await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined,
      ),
      pilot.click(),
    ]);
    await page.reload();
    expect(
      await page
        .getByTestId("season-1")
        .getByRole("switch", { name: "Monitor episode 1", exact: true })
        .getAttribute("aria-checked"),
    ).toBe("false");
    // Bulk: select every episode of season 1 and monitor them.
    await page.getByTestId("season-1").getByRole("checkbox", { name: "Select every episode of season 1" }).click();
    await page.getByTestId("season-1").getByRole("button", { name: "Monitor", exact: true }).click();
    await page.getByText("10 episodes monitored").waitFor();
    await page.reload();
    expect(
      await page
        .getByTestId("season-1")
        .getByRole("switch", { name: "Monitor episode 1", exact: true })
        .getAttribute("aria-checked"),
    ).toBe("true");
  });

  it("adds a movie and lists both in their grids", async () => {
    await page.goto(`${app.baseUrl}/search?type=movie`);
    await page.getByLabel("Search movies").fill("Fight Club");
    const result = page.getByTestId("search-result").filter({ hasText: "Fight Club" }).first();
    await result.getByRole("button", { name: "Add Fight Club" }).click();
    await page.getByRole("button", { name: "Add movie" }).click();
    await page.waitForURL(/\/movies\/[\w-]+$/);
    movieUrl = page.url();
    await page.getByRole("heading", { name: "Fight Club" }).waitFor();
    await page.goto(`${app.baseUrl}/movies`);
    expect(await page.getByTestId("poster-card").count()).toBe(1);
    await page.goto(`${app.baseUrl}/tv`);
    await page.getByTestId("poster-card").filter({ hasText: "Game of Thrones" }).waitFor();
  });

  it("a change made while the page's event stream is still connecting reaches the page without a reload", async () => {
    // The page is rendered, then its event stream is held back while the movie changes through the API:
    // the stream resumes from the page's render, so the change still arrives.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      "**/api/events**",
      async (route) => {
        await held;
        await route.continue();
      },
      { times: 1 },
    );
    await page.goto(movieUrl);
    const monitored = page.getByRole("switch", { name: "Monitored" });
    const before = await monitored.getAttribute("aria-checked");
    const id = movieUrl.split("/").pop()!;
    const patch = (value: boolean) =>
      page.request.patch(`${app.baseUrl}/api/v1/movies/${id}`, {
        data: { monitored: value },
        headers: { origin: app.baseUrl },
      });
    expect((await patch(before !== "true")).ok()).toBe(true);
    release();
    await expect
      .poll(() => monitored.getAttribute("aria-checked"), { timeout: 10_000 })
      .toBe(before === "true" ? "false" : "true");
    expect((await patch(before === "true")).ok()).toBe(true);
  });

  it("shows the episodes on the calendar and serves the iCal feed only with a key", async () => {
    await page.goto(`${app.baseUrl}/calendar?view=month&date=2011-04-01`);
    await page.getByTestId("calendar-title").filter({ hasText: "April 2011" }).waitFor();
    expect(
      await page.getByTestId("calendar-entry").filter({ hasText: "Game of Thrones" }).count(),
    ).toBeGreaterThanOrEqual(2);
    await page.getByTestId("ical-url").waitFor();
    const feed = await fetch(`${app.baseUrl}/feed/calendar.ics?apikey=wrong`);
    expect(feed.status).toBe(401);
  });

  it("ships the Movies page with under 300 KB of compressed JavaScript", async () => {
    const fresh = await browser.newContext();
    await fresh.addCookies(await page.context().cookies());
    const tab = await fresh.newPage();
    const scripts: Promise<number>[] = [];
    tab.on("response", (response) => {
      if (response.request().resourceType() === "script")
        scripts.push(
          response
            .request()
            .sizes()
            .then((s) => s.responseBodySize + s.responseHeadersSize),
        );
    });
    await tab.goto(`${app.baseUrl}/movies`);
    await tab.waitForLoadState("networkidle");
    const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    console.log(`Movies page: ${scripts.length} scripts, ${(total / 1024).toFixed(1)} KB transferred (gzip)`);
    expect(total).toBeLessThan(300 * 1024);
    await fresh.close();
  });

  it("takes screenshots at phone and desktop sizes in light and dark", async () => {
    const routes: [string, string][] = [
      ["movies", "/movies"],
      ["movie", movieUrl.replace(app.baseUrl, "")],
      ["tv", "/tv"],
      ["series", seriesUrl.replace(app.baseUrl, "")],
      ["discover", "/discover"],
      ["calendar", "/calendar?view=month&date=2011-04-01"],
      ["calendar-agenda", "/calendar?view=agenda&date=2011-04-15"],
      ["calendar-day", "/calendar?view=day&date=2011-04-17"],
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
          await page.screenshot({
            path: path.join(shots, `catalog-${name}-${width}-${colorScheme}.png`),
            fullPage: name !== "discover",
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
