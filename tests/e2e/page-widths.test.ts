import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { createFirstAdmin } from "../helpers/first-admin";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const PHONE_WIDTHS = [360, 390] as const;

/** Every page of the app, from the app directory: route groups dropped, so a new page is covered the day it lands. */
function appRoutes(dir = path.resolve("app"), prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") routes.push(prefix || "/");
    // app/api holds route handlers only (no pages); a page may still be called "api" (System → API).
    if (!entry.isDirectory() || (prefix === "" && entry.name === "api") || entry.name.startsWith("_")) continue;
    const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
    routes.push(...appRoutes(path.join(dir, entry.name), `${prefix}${segment}`));
  }
  return routes.sort();
}

/** The widest things on the page, to say what overflows. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const rect = element.getBoundingClientRect();
      if (rect.right <= width + 0.5 || rect.width === 0) continue;
      // Report the outermost offenders only.
      if (element.parentElement && element.parentElement.getBoundingClientRect().right > width + 0.5) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${String(element.className).split(" ").slice(0, 4).join(".")}`;
      found.push(
        `${name} (right edge ${Math.round(rect.right)} px: “${(element.textContent ?? "").trim().slice(0, 60)}”)`,
      );
      if (found.length >= 3) break;
    }
    return found;
  });

/** #13.10: no page is wider than a phone. Every route of the app directory, at 360 and 390 px. */
describe("every page fits a phone", () => {
  let fake: FakeTmdb;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const ids: Record<string, string> = {};
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-widths-"));
  const routes = appRoutes();

  const api = async <T = unknown>(method: string, url: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };

  /** Measures the page at each phone width; returns what overflows. */
  const measure = async (target: Page, route: string): Promise<string[]> => {
    const problems: string[] = [];
    await target.setViewportSize({ width: PHONE_WIDTHS[0], height: 800 });
    await target.goto(`${app.baseUrl}${route}`, { waitUntil: "load" });
    for (const width of PHONE_WIDTHS) {
      await target.setViewportSize({ width, height: 800 });
      const scrollWidth = await target.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width)
        problems.push(`${route} is ${scrollWidth} px wide at ${width} px: ${(await overflowing(target)).join("; ")}`);
    }
    return problems;
  };

  beforeAll(async () => {
    mkdirSync(path.join(media, "Movies"));
    mkdirSync(path.join(media, "TV"));
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
    page = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("lists the pages from the app directory", () => {
    expect(routes).toEqual(expect.arrayContaining(["/", "/movies", "/settings/metadata", "/system/api", "/setup"]));
  });

  it("fits every page at 360 and 390 px, signed out and signed in", async () => {
    const problems: string[] = [];
    // Signed out: setup exists only before the first admin, then login.
    const signedOut = await browser.newPage();
    problems.push(...(await measure(signedOut, "/setup")));
    await createFirstAdmin(page, app.baseUrl);
    problems.push(...(await measure(signedOut, "/login")));
    await signedOut.close();

    const movies = await api<{ id: string }>("POST", "/api/v1/libraries", {
      name: "Movies",
      kind: "movie",
      path: path.join(media, "Movies"),
    });
    const tv = await api<{ id: string }>("POST", "/api/v1/libraries", {
      name: "TV",
      kind: "tv",
      path: path.join(media, "TV"),
    });
    ids["/movies/[id]"] = (
      await api<{ id: string }>("POST", "/api/v1/movies", { tmdbId: 550, libraryId: movies.id })
    ).id;
    ids["/tv/[id]"] = (await api<{ id: string }>("POST", "/api/v1/series", { tmdbId: 1399, libraryId: tv.id })).id;

    const visited: string[] = [];
    for (const route of routes) {
      if (route === "/setup" || route === "/login") continue;
      const dynamic = route.match(/^(.*)\/\[[^\]]+\]$/);
      if (route.includes("[") && !(route in ids)) throw new Error(`no id to visit ${route}: add one to this test`);
      const url = dynamic ? `${dynamic[1]}/${ids[route]}` : route;
      problems.push(...(await measure(page, url)));
      visited.push(route);
    }
    expect(visited.length + 2).toBe(routes.length);
    expect(problems).toEqual([]);
  }, 240_000);

  it("shows the iCal link with the address the user is on, not localhost", async () => {
    await page.goto(`${app.baseUrl}/calendar`);
    const body = await page.textContent("body");
    expect(body).toContain(`${app.baseUrl}/feed/calendar.ics?apikey=`);
    expect(body).not.toContain("localhost");
  });
});
