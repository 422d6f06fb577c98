import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { startFakeArr, type FakeArr } from "../helpers/fake-arr";
import { createFirstAdmin } from "../helpers/first-admin";
import { shootAtSizes } from "../helpers/screenshots";

describe("Settings → Import from Sonarr/Radarr in a real browser: dry run, then the import job with its progress", () => {
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-arr-"));
  let radarr: FakeArr;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    radarr = await startFakeArr({ app: "radarr", mediaRoot: media, titles: 30, withFiles: 5 });
    app = await startApp({ env: { LIBRARY_ALLOWED_ROOTS: media } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(page, app.baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await radarr?.close();
  });

  it("lists what would come over, imports it as a job, and never shows the key again", async () => {
    await page.goto(`${app.baseUrl}/settings/import-arr`);
    await page.getByText("No imports yet").waitFor();
    await page.getByLabel("App").click();
    await page.getByRole("option", { name: "Radarr" }).click();
    await page.getByLabel("Address").fill(radarr.url);
    await page.getByLabel("API key").fill(radarr.apiKey);
    await page.getByRole("button", { name: "Dry run" }).click();
    const report = page.getByTestId("arr-dry-run");
    await report.waitFor();
    expect(await report.getByRole("row", { name: /^Titles/ }).innerText()).toMatch(/Titles\s+29\s+0\s+1/);
    await report.getByText(/^Every item/).click();
    await shootAtSizes(page, "arr-import-dry-run");

    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByTestId("recent-imports").getByText("succeeded").waitFor({ timeout: 30_000 });
    const recent = await page.getByTestId("recent-imports").innerText();
    expect(recent).toMatch(/Created .*29 titles.*5 files|Created .*5 files.*29 titles|29 titles/);
    expect(await page.content()).not.toContain(radarr.apiKey);
    await shootAtSizes(page, "arr-import-done");

    const movies = await page.request.get(`${app.baseUrl}/api/v1/movies?pageSize=100`);
    expect(movies.ok()).toBe(true);
  });
});
