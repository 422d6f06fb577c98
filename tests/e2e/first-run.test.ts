import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { createTestDatabase, type TestDatabase } from "../helpers/databases";
import { artifactsDir, launchChromium } from "../helpers/chromium";

const admin = { username: "admin", password: "correct horse battery" };
const shots = path.join(artifactsDir, "screenshots");

describe.each(["sqlite", "pg"] as const)("first run in a real browser on %s", (dialect) => {
  let app: RunningApp;
  let database: TestDatabase | undefined;
  let browser: Browser;
  let page: Page;
  // Screenshots once, from the SQLite run; the pages are the same on both.
  const screenshots = dialect === "sqlite";

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    database = dialect === "pg" ? await createTestDatabase("pg", inject("postgresUrl")) : undefined;
    app = await startApp({ databaseUrl: database?.url });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    const code = await app?.stop();
    await database?.drop();
    // npm start must stop web and worker cleanly on SIGTERM.
    expect(code).toBe(0);
  });

  it("sends a first visitor to setup, creates the admin and signs in", async () => {
    await page.goto(app.baseUrl);
    await page.waitForURL(/\/setup$/);
    if (screenshots) await page.screenshot({ path: path.join(shots, "setup-1440.png") });
    await page.getByLabel("Username").fill(admin.username);
    await page.getByLabel("Password", { exact: true }).fill(admin.password);
    await page.getByLabel("Repeat the password").fill(admin.password);
    await page.getByRole("button", { name: /create admin/i }).click();
    // An admin of an empty install lands on the setup checklist.
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("heading", { name: "Set up Mydia" }).waitFor();
  });

  it("no longer offers setup once the admin exists", async () => {
    const response = await fetch(`${app.baseUrl}/setup`, { redirect: "manual" });
    expect([307, 308]).toContain(response.status);
    expect(response.headers.get("location")).toContain("/login");
  });

  it("runs a task from System → Tasks and updates the row live, without a reload", async () => {
    await page.goto(`${app.baseUrl}/system/tasks`);
    const row = page.getByTestId("task-housekeeping");
    await row.waitFor();
    // A marker on window survives only if the page is not reloaded.
    await page.evaluate(() => ((window as unknown as { liveMarker: number }).liveMarker = 42));
    await row.getByRole("button", { name: /run .* now/i }).click();
    await row.getByTestId("last-status").filter({ hasText: "succeeded", visible: true }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(42);
  });

  it("rejects a wrong password with a clear message", async () => {
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto(`${app.baseUrl}/login`);
    await other.getByLabel("Username").fill(admin.username);
    await other.getByLabel("Password").fill("wrong password");
    await other.getByRole("button", { name: "Sign in" }).click();
    await other.getByRole("alert").filter({ hasText: "Wrong username or password" }).waitFor();
    await context.close();
  });

  it("guards pages and the API: signed-out pages go to login, the API answers 401 JSON", async () => {
    const page401 = await fetch(`${app.baseUrl}/system/tasks`, { redirect: "manual" });
    expect([302, 307]).toContain(page401.status);
    expect(page401.headers.get("location")).toContain("/login");
    const api = await fetch(`${app.baseUrl}/api/v1/system/status`);
    expect(api.status).toBe(401);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    const events = await fetch(`${app.baseUrl}/api/events`);
    expect(events.status).toBe(401);
  });

  it("creates an API key on the profile page that works on the REST API", async () => {
    await page.goto(`${app.baseUrl}/profile`);
    await page.getByLabel("New key name").fill("e2e");
    await page.getByRole("button", { name: "Create key" }).click();
    const key = (await page.getByTestId("new-api-key").textContent())!.trim();
    expect(key).toMatch(/^mydia_/);
    const status = await fetch(`${app.baseUrl}/api/v1/system/status`, { headers: { "X-Api-Key": key } });
    expect(status.status).toBe(200);
    expect(((await status.json()) as { dialect: string }).dialect).toBe(dialect);
    const tasks = await fetch(`${app.baseUrl}/api/v1/system/tasks`, { headers: { Authorization: `Bearer ${key}` } });
    expect(((await tasks.json()) as { items: { name: string }[] }).items.map((t) => t.name)).toContain("housekeeping");
    const parsed = await fetch(`${app.baseUrl}/api/v1/parse`, {
      method: "POST",
      headers: { "X-Api-Key": key, "Content-Type": "application/json" },
      body: JSON.stringify({ title: "The.Office.US.S02E03.720p.HDTV.x264-CTU" }),
    });
    expect(await parsed.json()).toMatchObject({
      kind: "episode",
      title: "The Office US",
      season: 2,
      episodes: [3],
      quality: "HDTV-720p",
      group: "CTU",
    });
    const invalid = await fetch(`${app.baseUrl}/api/v1/parse`, {
      method: "POST",
      headers: { "X-Api-Key": key },
      body: "{not json",
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe("validation_failed");
  });

  it("creates a read-only key that expires: it reads, changes nothing, and the list says so", async () => {
    await page.goto(`${app.baseUrl}/profile`);
    await page.getByLabel("New key name").fill("dashboard");
    await page.getByLabel("Scope").selectOption("read-only");
    await page.getByLabel("Expires").selectOption("30");
    await page.getByRole("button", { name: "Create key" }).click();
    const key = (await page.getByTestId("new-api-key").textContent())!.trim();
    const headers = { "X-Api-Key": key, "Content-Type": "application/json" };
    expect((await fetch(`${app.baseUrl}/api/v1/movies`, { headers })).status).toBe(200);
    const add = await fetch(`${app.baseUrl}/api/v1/movies`, { method: "POST", headers, body: '{"tmdbId":550}' });
    expect(add.status).toBe(403);
    expect((await fetch(`${app.baseUrl}/radarr/api/v3/system/status?apikey=${key}`)).status).toBe(200);
    const row = page.getByRole("listitem").filter({ hasText: "dashboard" });
    await expect.poll(() => row.textContent()).toMatch(/read-only.*expires/);
  });

  if (screenshots)
    it("takes screenshots at phone and desktop sizes in light and dark", async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        for (const [width, height] of [
          [390, 844],
          [1440, 900],
        ]) {
          await page.setViewportSize({ width, height });
          await page.emulateMedia({ colorScheme });
          for (const route of ["movies", "system", "system/tasks", "settings/users", "profile"]) {
            await page.goto(`${app.baseUrl}/${route}`);
            await page.waitForLoadState("networkidle");
            await page.screenshot({
              path: path.join(shots, `${route.replace("/", "-")}-${width}-${colorScheme}.png`),
              fullPage: true,
            });
          }
        }
      }
      // Nothing overflows sideways on a phone.
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(`${app.baseUrl}/system/tasks`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
});
