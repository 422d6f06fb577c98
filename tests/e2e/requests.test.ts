import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { screenshotsDir, shootAtSizes } from "../helpers/screenshots";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const PASSWORD = "correct horse battery";
const phone = { width: 390, height: 844 };

/**
 * Issue 14 (requests): a requester asks for Game of Thrones season 1 from a phone, an admin approves
 * it with a quality profile and the requester's page follows live (approved, then searching); a
 * declined request shows its reason; a quota refuses with a clear message.
 */
describe("requests from a phone: request, approve, decline, quota", () => {
  let fake: FakeTmdb;
  let app: RunningApp;
  let browser: Browser;
  let adminContext: BrowserContext;
  let annContext: BrowserContext;
  let admin: Page;
  let ann: Page;
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-requests-"));

  const cli = (args: string[]) => {
    const result = spawnSync(process.execPath, ["dist/bin/mydia.mjs", ...args], {
      env: { ...process.env, DATABASE_URL: `file:${app.dataDir}/mydia.db`, DATA_DIR: app.dataDir, LOG_LEVEL: "warn" },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`mydia ${args.join(" ")} failed: ${result.stderr}`);
  };
  const api = async <T = unknown>(page: Page, method: string, url: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const signIn = async (page: Page, username: string) => {
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/login");
  };
  const card = (page: Page, title: string) => page.locator(`[data-testid="request-card"][data-title="${title}"]`);
  const statusOf = (page: Page, title: string) =>
    card(page, title).getByTestId("request-status").getAttribute("data-status");

  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    mkdirSync(path.join(media, "TV"));
    mkdirSync(path.join(media, "Movies"));
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    app = await startApp({
      env: {
        TMDB_BASE_URL: fake.url,
        TMDB_IMAGE_BASE_URL: fake.imageUrl,
        TMDB_API_KEY: TMDB_KEY,
        LIBRARY_ALLOWED_ROOTS: media,
      },
    });
    cli(["user", "create", "--username", "root", "--password", PASSWORD, "--role", "admin"]);
    cli(["user", "create", "--username", "ann", "--password", PASSWORD, "--role", "requester"]);
    browser = await launchChromium();
    adminContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    annContext = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
    admin = await adminContext.newPage();
    ann = await annContext.newPage();
    await signIn(admin, "root");
    await signIn(ann, "ann");
    await api(admin, "POST", "/api/v1/libraries", { name: "TV", kind: "tv", path: path.join(media, "TV") });
    await api(admin, "POST", "/api/v1/libraries", { name: "Movies", kind: "movie", path: path.join(media, "Movies") });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("a requester requests season 1 from the phone; the admin approves with a profile; the phone follows live", async () => {
    await ann.goto(`${app.baseUrl}/search?type=tv&q=thrones`);
    // Requesters find titles but never the release search.
    await expect.poll(() => ann.getByRole("link", { name: "Search releases" }).count()).toBe(0);
    await ann.getByRole("button", { name: "Request Game of Thrones", exact: true }).first().click();
    const dialog = ann.getByRole("dialog", { name: /Request Game of Thrones/ });
    await dialog.getByLabel("Season 1").check();
    await dialog.getByLabel("Note for the admin (optional)").fill("The first season, please");
    await dialog.getByRole("button", { name: "Send request" }).click();
    await ann.waitForURL(`${app.baseUrl}/requests`);
    await expect.poll(() => statusOf(ann, "Game of Thrones"), { timeout: 15_000 }).toBe("pending");
    await expect.poll(() => card(ann, "Game of Thrones").textContent()).toContain("Season 1");

    // A second request, made through the API, for the decline below.
    await api(ann, "POST", "/api/v1/requests", { mediaType: "movie", tmdbId: 550 });

    // A marker on the requester's window survives only if their page is never reloaded.
    await ann.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await admin.goto(`${app.baseUrl}/requests`);
    await shootAtSizes(admin, "requests-admin");
    await card(admin, "Game of Thrones").getByRole("button", { name: "Approve Game of Thrones" }).click();
    const approve = admin.getByRole("dialog", { name: "Approve Game of Thrones" });
    await approve.getByLabel("Quality profile").selectOption({ label: "HD-1080p" });
    await approve.getByRole("button", { name: "Approve" }).click();
    await expect
      .poll(
        async () =>
          (await approve.getByRole("alert").count()) ? approve.getByRole("alert").textContent() : approve.isVisible(),
        { timeout: 30_000 },
      )
      .toBe(false);
    await expect.poll(() => statusOf(admin, "Game of Thrones"), { timeout: 15_000 }).toMatch(/approved|searching/);

    // The requester's page moves on its own (request.updated over SSE).
    await expect.poll(() => statusOf(ann, "Game of Thrones"), { timeout: 15_000 }).toMatch(/approved|searching/);
    expect(await ann.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    const [series] = (
      await api<{ items: { title: string; qualityProfileId: string }[] }>(admin, "GET", "/api/v1/series")
    ).items;
    expect(series).toMatchObject({ title: "Game of Thrones", qualityProfileId: "hd-1080p" });
  });

  it("a declined request shows its reason to the requester", async () => {
    await card(admin, "Fight Club").getByRole("button", { name: "Decline Fight Club" }).click();
    const decline = admin.getByRole("dialog", { name: "Decline Fight Club" });
    await decline.getByLabel("Reason").fill("We already own it on Blu-ray");
    await decline.getByRole("button", { name: "Decline" }).click();
    await expect
      .poll(() => card(ann, "Fight Club").getByTestId("decline-reason").textContent(), { timeout: 15_000 })
      .toContain("We already own it on Blu-ray");
    await shootAtSizes(ann, "requests-requester");
  });

  it("a quota refuses with a clear message", async () => {
    const annId = (await api<{ items: { requesters: { userId: string }[] }[] }>(ann, "GET", "/api/v1/requests"))
      .items[0].requesters[0].userId;
    await api(admin, "PUT", "/api/v1/requests/settings", {
      autoApproveRoles: ["admin", "user"],
      quotaDays: 7,
      defaultLimits: { movies: null, seasons: null },
      users: { [annId]: { autoApprove: null, limits: { movies: 0, seasons: null } } },
    });
    await ann.goto(`${app.baseUrl}/search?type=movie&q=fight club`);
    await ann.getByRole("button", { name: "Request Fight Club", exact: true }).first().click();
    const dialog = ann.getByRole("dialog", { name: /Request Fight Club/ });
    await dialog.getByRole("button", { name: "Send request" }).click();
    await expect
      .poll(() => dialog.getByTestId("request-error").textContent(), { timeout: 15_000 })
      .toBe("You can request 0 movies every 7 days; none are left.");
  });
});
