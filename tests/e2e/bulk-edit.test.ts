import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { series as seriesTable } from "@/lib/db/schema.sqlite";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { createFirstAdmin } from "../helpers/first-admin";
import { shootAtSizes } from "../helpers/screenshots";

/**
 * Bulk editing in Chromium: 50 series (rows seeded into the app's SQLite file) edited at once from
 * the table view, the poster grid's keyboard selection, "select all matching" across pages on a
 * 390 px phone with its bottom action bar.
 */
const DRAMA = 50;
const COMEDY = 15;

describe("bulk edit of series in a real browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const base = mkdtempSync(path.join(tmpdir(), "mydia-e2e-bulk-"));
  const dbFile = path.join(base, "mydia.db");

  const api = async (method: string, url: string, data?: unknown) => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return response.json();
  };
  type Listed = {
    items: { title: string; monitored: boolean; qualityProfileId: string; tags: string[] }[];
    total: number;
  };
  const listed = (query: string) => api("GET", `/api/v1/series?pageSize=200&${query}`) as Promise<Listed>;

  beforeAll(async () => {
    mkdirSync(path.join(base, "tv"));
    app = await startApp({ databaseUrl: `file:${dbFile}`, env: { LIBRARY_ALLOWED_ROOTS: base } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(page, app.baseUrl);
    const library = (await api("POST", "/api/v1/libraries", {
      name: "TV",
      kind: "tv",
      path: path.join(base, "tv"),
    })) as { id: string };
    const sqlite = new Database(dbFile);
    const now = new Date();
    drizzle(sqlite)
      .insert(seriesTable)
      .values(
        Array.from({ length: DRAMA + COMEDY }, (_, i) => {
          const title = i < DRAMA ? `Drama Show ${String(i).padStart(2, "0")}` : `Comedy Show ${i - DRAMA}`;
          return {
            tmdbId: 900_000 + i,
            title,
            sortTitle: title.toLowerCase(),
            year: 2000 + (i % 20),
            status: "continuing" as const,
            network: "Bulk TV",
            seriesType: "standard" as const,
            genres: [i < DRAMA ? "Drama" : "Comedy"],
            monitored: true,
            monitor: "all" as const,
            libraryId: library.id,
            qualityProfileId: "any",
            addedAt: now,
            updatedAt: now,
          };
        }),
      )
      .run();
    sqlite.close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(base, { recursive: true, force: true });
  });

  it("edits profile and monitoring of 50 series at once from the table view", async () => {
    await page.goto(`${app.baseUrl}/tv?genre=Drama`);
    await page.getByRole("button", { name: "Table" }).click();
    await expect.poll(() => page.getByTestId("catalog-row").count()).toBe(DRAMA);
    await page.getByRole("checkbox", { name: "Select every title on this page" }).click();
    const bar = page.getByTestId("bulk-action-bar");
    await bar.getByText(`${DRAMA} series`).waitFor();
    await shootAtSizes(page, "bulk-edit-table");

    await bar.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Quality profile").selectOption({ label: "HD-1080p" });
    await dialog.getByLabel("Monitoring").selectOption("false");
    await dialog.getByLabel("Tags", { exact: true }).selectOption("add");
    await dialog.getByLabel("Add these tags").fill("weekend,");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await page.getByText(`${DRAMA} series updated`).waitFor();

    const drama = await listed("genre=Drama");
    expect(drama.total).toBe(DRAMA);
    expect(drama.items.every((s) => s.qualityProfileId === "hd-1080p" && !s.monitored)).toBe(true);
    expect((await listed("tag=weekend")).total).toBe(DRAMA);
    const comedy = await listed("genre=Comedy");
    expect(comedy.items.every((s) => s.qualityProfileId === "any" && s.monitored)).toBe(true);
    // The table is remembered; the rows show the new profile after the live refresh.
    await page.reload();
    await expect.poll(() => page.getByTestId("catalog-row").first().textContent()).toContain("HD-1080p");
  });

  it("selects with the keyboard on the poster grid: space, shift+arrow, Escape", async () => {
    await page.goto(`${app.baseUrl}/tv`);
    await page.getByRole("button", { name: "Posters" }).click();
    await page.getByTestId("poster-card").first().waitFor();
    const first = page.getByRole("checkbox", { name: "Select Comedy Show 0" });
    await first.focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowRight");
    const bar = page.getByTestId("bulk-action-bar");
    await bar.getByText("3 series").waitFor();
    await page.keyboard.press("Escape");
    await bar.waitFor({ state: "detached" });
  });

  it("selects every match across pages on a phone and applies it server-side", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}/tv`);
    await page.getByRole("checkbox", { name: "Select every title on this page" }).click();
    await page.getByRole("button", { name: `Select all ${DRAMA + COMEDY} matching` }).click();
    const bar = page.getByTestId("bulk-action-bar");
    await bar.getByText(`${DRAMA + COMEDY} series`).waitFor();
    const box = await bar.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    expect(box?.width).toBeLessThanOrEqual(390);
    await shootAtSizes(page, "bulk-edit-grid", { fullPage: false });

    await page.setViewportSize({ width: 390, height: 844 });
    await bar.getByRole("button", { name: "Edit" }).click();
    await page.getByRole("dialog").getByLabel("Tags", { exact: true }).selectOption("add");
    await shootAtSizes(page, "bulk-edit-dialog", { fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("dialog").getByLabel("Tags", { exact: true }).selectOption("");
    await page.getByRole("dialog").getByLabel("Monitoring").selectOption("true");
    await page.getByRole("dialog").getByRole("button", { name: "Apply" }).click();
    await page.getByText(`${DRAMA + COMEDY} series updated`).waitFor();
    const all = await listed("");
    expect(all.total).toBe(DRAMA + COMEDY);
    expect(all.items.every((s) => s.monitored)).toBe(true);
  });

  it("removes the selected series and keeps them from being added again", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.baseUrl}/tv?genre=Comedy`);
    await page.getByRole("checkbox", { name: "Select Comedy Show 0" }).click();
    await page.getByRole("checkbox", { name: "Select Comedy Show 1", exact: true }).click({ modifiers: ["Shift"] });
    const bar = page.getByTestId("bulk-action-bar");
    await bar.getByText("2 series").waitFor();
    await bar.getByRole("button", { name: "Remove" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByLabel("Never add again (import exclusion)").click();
    await dialog.getByRole("button", { name: "Remove" }).click();
    await page.getByText("2 series removed").waitFor();
    expect((await listed("genre=Comedy")).total).toBe(COMEDY - 2);
    const exclusions = (await api("GET", "/api/v1/import-exclusions")) as { items: { title: string }[] };
    const titles = exclusions.items.map((e) => e.title).sort();
    expect(titles).toEqual(["Comedy Show 0", "Comedy Show 1"]);
  });
});
