import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { createFirstAdmin } from "../helpers/first-admin";
import { shootAtSizes } from "../helpers/screenshots";

/** Children of a process, from /proc: [pid, command line]. */
function childrenOf(parent: number): [number, string][] {
  const found: [number, string][] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === parent)
        found.push([Number(entry), readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ")]);
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}
const workerPid = (app: RunningApp): number | null =>
  childrenOf(app.process.pid!).find(([, command]) => command.includes("dist/worker/index.mjs"))?.[0] ?? null;

/**
 * `npm start` keeps serving when the worker dies, restarts it, and System shows the crash (#12.12); Tasks (#12.13);
 * System → Health and Logs, /metrics, and a clean stop of the whole tree on SIGTERM, as Docker sends it (#15).
 */
describe("npm start: a worker crash", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await createFirstAdmin(page, app.baseUrl);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("System → Tasks renders without a hydration error, and every Run now it offers succeeds", async () => {
    errors.length = 0;
    // The browser's clock runs 7 s ahead of the server's, as real clocks do: relative times ("in 45 seconds")
    // then always differ between the server's HTML and the browser's first render.
    await page.clock.setSystemTime(new Date(Date.now() + 7_000));
    await page.goto(`${app.baseUrl}/system/tasks`);
    const scheduled = page.getByRole("table", { name: "Scheduled tasks" });
    await scheduled.waitFor();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1500);
    expect(errors).toEqual([]);
    // Per-item jobs have no Run now.
    expect(await page.getByRole("table", { name: "Per-item jobs" }).getByRole("button").count()).toBe(0);
    const buttons = scheduled.getByRole("button", { name: /^Run .* now$/ });
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      const label = (await buttons.nth(i).getAttribute("aria-label"))!;
      await buttons.nth(i).click();
      await page.getByText(`${label.replace(/^Run (.*) now$/, "$1")} queued`).waitFor();
    }
    expect(errors).toEqual([]);
  });

  it("keeps the web answering, restarts the worker and shows the crash in System", async () => {
    const before = workerPid(app);
    expect(before).not.toBeNull();
    process.kill(before!, "SIGKILL");
    const killedAt = Date.now();
    // The web server never stops answering.
    let restarted: number | null = null;
    while (Date.now() - killedAt < 30_000) {
      const response = await fetch(`${app.baseUrl}/api/health`);
      expect(response.status).toBeLessThan(500);
      restarted = workerPid(app);
      if (restarted && restarted !== before) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(restarted).not.toBeNull();
    expect(restarted).not.toBe(before);
    await expect
      .poll(async () => ((await (await fetch(`${app.baseUrl}/api/health`)).json()) as { status: string }).status, {
        timeout: 30_000,
      })
      .toBe("ok");
    expect(app.output()).toMatch(/worker exited \(SIGKILL\); restarting in 1 s/);

    // Health is "ok" on the killed worker's last heartbeat already: the new worker records the crash when it starts,
    // which may come after the first look at System.
    // System → Health (cached for 30 s per process) shows the crash as a warning with the log to read.
    const problems = page.getByRole("list", { name: "Health problems" });
    await expect
      .poll(
        async () => {
          await page.goto(`${app.baseUrl}/system/health`);
          return problems.getByText(/Worker crashed/).isVisible();
        },
        { timeout: 45_000, interval: 1000 },
      )
      .toBe(true);
    await problems.getByText(/killed by SIGKILL.*restarted after 1 s/).waitFor();
    await problems.getByRole("link", { name: "Fix in System → Logs" }).waitFor();
    // The nav marks System while something needs attention.
    await page.getByTestId("nav-alert-System").waitFor();
    await shootAtSizes(page, "system-health");
    await page.goto(`${app.baseUrl}/system`);
    await page
      .getByTestId("worker-last-crash")
      .getByText(/SIGKILL/)
      .waitFor();
    expect(await page.getByTestId("worker-state").textContent()).toBe("Running");
  });

  it("System → Logs shows the web server's and the worker's lines from DATA_DIR/logs, filtered", async () => {
    for (const name of ["web.log", "worker.log"]) expect(existsSync(path.join(app.dataDir, "logs", name))).toBe(true);
    // LOG_LEVEL=warn in tests: the restarted worker's crash line is an error.
    await page.goto(`${app.baseUrl}/system/logs?level=warn`);
    const lines = page.getByRole("list", { name: "Log lines" });
    await lines.getByText("worker restarted after a crash").first().waitFor();
    await page.getByLabel("Context").selectOption("worker");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/context=worker/);
    await lines.getByText("worker restarted after a crash").first().waitFor();
    const download = await page.request.get(`${app.baseUrl}/api/v1/system/logs/download?level=warn&context=worker`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain("worker restarted after a crash");
    await shootAtSizes(page, "system-logs");
  });

  it("GET /metrics counts the requests this web process answered, by route pattern", async () => {
    const series = 'mydia_http_request_duration_seconds_count{method="GET",route="/api/health",status="200"}';
    const count = async () => {
      const body = await (await page.request.get(`${app.baseUrl}/metrics`)).text();
      return Number(
        body
          .split("\n")
          .find((line) => line.startsWith(`${series} `))
          ?.split(" ")[1] ?? 0,
      );
    };
    expect((await fetch(`${app.baseUrl}/metrics`)).status).toBe(401);
    const before = await count();
    for (let i = 0; i < 3; i++) expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
    expect(await count()).toBe(before + 3);
  });

  it("SIGTERM (docker stop) stops the web server and the worker and exits 0, quickly", async () => {
    const children = childrenOf(app.process.pid!).map(([pid]) => pid);
    expect(children.length).toBeGreaterThanOrEqual(2);
    const exited = new Promise<number | null>((resolve) => app.process.once("exit", (code) => resolve(code)));
    const sentAt = Date.now();
    app.process.kill("SIGTERM");
    expect(await exited).toBe(0);
    const tookMs = Date.now() - sentAt;
    console.log(`npm start stopped ${tookMs} ms after SIGTERM`);
    expect(tookMs).toBeLessThan(15_000);
    for (const pid of children) expect(existsSync(`/proc/${pid}`)).toBe(false);
  });
});
