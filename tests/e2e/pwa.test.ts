import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchPersistentChromium } from "../helpers/chromium";
import { createFirstAdmin } from "../helpers/first-admin";

describe("installable PWA", () => {
  let app: RunningApp;
  let context: BrowserContext;

  beforeAll(async () => {
    app = await startApp();
    context = await launchPersistentChromium({ width: 390, height: 844 });
    // First run: create the admin through the real page, which signs in.
    const page = await context.newPage();
    await createFirstAdmin(page, app.baseUrl);
    await page.close();
  });

  afterAll(async () => {
    await context?.close();
    await app?.stop();
  });

  it("serves a manifest Chromium accepts and has no installability errors", async () => {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/movies`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send("Page.getAppManifest")) as { errors: unknown[]; url: string };
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toContain("/manifest.webmanifest");
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
      installabilityErrors: unknown[];
    };
    expect(installabilityErrors).toEqual([]);
    await page.close();
  });

  it("shows the offline page when the server cannot be reached", async () => {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/movies`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now controlled by the service worker
    await context.setOffline(true);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // Network failures while offline are expected; script errors (hydration, chunk loads) are not.
    page.on(
      "console",
      (message) =>
        message.type() === "error" && !/Failed to load resource/.test(message.text()) && errors.push(message.text()),
    );
    await page.goto(`${app.baseUrl}/calendar`);
    const heading = page.getByRole("heading", { name: "You are offline" });
    await heading.waitFor({ timeout: 10_000 });
    // It stays: nothing on the page needs the network (a cached Next page did, and gave way to Next's error page).
    await page.waitForTimeout(3000);
    expect(await heading.isVisible()).toBe(true);
    expect(await page.getByText(/Application error|This page couldn.t load/i).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Try again" }).getAttribute("href")).toBe("/");
    expect(errors).toEqual([]);
    await context.setOffline(false);
    await page.close();
  });

  it("never lets the service worker cache API responses", async () => {
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/movies`);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(cached).toContain("/offline.html");
    expect(cached.filter((u) => u.startsWith("/api/"))).toEqual([]);
    await page.close();
  });
});
