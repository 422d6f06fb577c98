import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { createFirstAdmin } from "../helpers/first-admin";
import { shootAtSizes } from "../helpers/screenshots";

/** A field's error as shown under it: the element its control names in aria-describedby. */
async function fieldError(dialog: Locator, id: string): Promise<string> {
  const control = dialog.locator(`[id="${id}"]`);
  await dialog.locator(`[id="${id}"][aria-invalid="true"]`).waitFor();
  const describedBy = (await control.getAttribute("aria-describedby")) ?? "";
  expect(describedBy.split(" ")).toContain(`${id}-error`);
  return (await dialog.locator(`[id="${id}-error"]`).textContent()) ?? "";
}

describe("settings dialogs: the server's zod schemas check the form in the browser, errors stand by their fields", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-forms-"));

  beforeAll(async () => {
    app = await startApp({ env: { LIBRARY_ALLOWED_ROOTS: media } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(page, app.baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  const indexers = async () =>
    ((await (await page.request.get(`${app.baseUrl}/api/v1/indexers`)).json()) as { items: { name: string }[] }).items;

  it("indexer: a wrong address and priority are refused next to their fields, the input stays, a fix saves", async () => {
    await page.goto(`${app.baseUrl}/settings/indexers`);
    await page.getByRole("button", { name: "Add indexer" }).click();
    const dialog = page.getByRole("dialog", { name: "Add an indexer" });
    await dialog.getByLabel("Name").fill("Local Torznab");
    await dialog.getByLabel("URL").fill("ftp://indexer.example");
    await dialog.getByLabel("API key").fill("k");
    await dialog.getByLabel("Priority").fill("99");
    await dialog.getByRole("button", { name: "Add" }).click();

    // The schema's own messages (lib/indexers/indexer.input.ts), before anything is sent.
    expect(await fieldError(dialog, "ix-url")).toMatch(/http:\/\/ or https:\/\//);
    expect(await fieldError(dialog, "ix-priority")).toMatch(/50/);
    expect(await dialog.getByLabel("Name").inputValue()).toBe("Local Torznab");
    expect(await dialog.getByLabel("API key").inputValue()).toBe("k");
    expect(await indexers()).toEqual([]);
    await shootAtSizes(page, "settings-indexer-dialog-error");

    // Fixing a field clears its error as you type; the fixed form saves.
    await dialog.getByLabel("URL").fill("http://127.0.0.1:9/torznab");
    await dialog.locator("#ix-url-error").waitFor({ state: "detached" });
    await dialog.getByLabel("Priority").fill("10");
    await dialog.getByRole("button", { name: "Add" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect((await indexers()).map((i) => i.name)).toEqual(["Local Torznab"]);

    // The server's refusal (the name is taken) lands on the name field too.
    await page.getByRole("button", { name: "Add indexer" }).click();
    await dialog.getByLabel("Name").fill("Local Torznab");
    await dialog.getByLabel("URL").fill("http://127.0.0.1:9/other");
    await dialog.getByRole("button", { name: "Add" }).click();
    expect(await fieldError(dialog, "ix-name")).toBe("is already used");
    expect(await dialog.getByLabel("URL").inputValue()).toBe("http://127.0.0.1:9/other");
    await page.keyboard.press("Escape");
  });

  it("download client: a host with a scheme and port 0 are refused next to their fields", async () => {
    await page.goto(`${app.baseUrl}/settings/download-clients`);
    await page.getByRole("button", { name: "Add download client" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a download client" });
    await dialog.getByRole("combobox").click();
    await page.getByRole("option", { name: "Transmission (torrent)" }).click();
    await expect.poll(() => dialog.locator("#dc-urlBase").inputValue()).toBe("/transmission");
    await dialog.locator("#dc-host").fill("http://127.0.0.1/");
    await dialog.locator("#dc-port").fill("0");
    await dialog.locator("#dc-username").fill("mydia");
    await dialog.getByRole("button", { name: "Test" }).click();

    expect(await fieldError(dialog, "dc-host")).toMatch(/no scheme, no path/);
    expect(await fieldError(dialog, "dc-port")).toMatch(/1/);
    expect(await dialog.locator("#dc-username").inputValue()).toBe("mydia");
    expect(await dialog.locator("#dc-name").inputValue()).toBe("Transmission");
    await shootAtSizes(page, "settings-download-client-dialog-error");
  });

  it("users: a short password is refused by the password field; the table sorts by user", async () => {
    await page.goto(`${app.baseUrl}/settings/users`);
    for (const username of ["zoe", "bob"]) {
      await page.getByRole("button", { name: "Add user" }).click();
      const dialog = page.getByRole("dialog", { name: "Add a user" });
      await dialog.getByLabel("Username").fill(username);
      await dialog.getByLabel("Password").fill("short");
      await dialog.getByRole("button", { name: "Add user" }).click();
      expect(await fieldError(dialog, "new-password")).toBe("At least 8 characters");
      expect(await dialog.getByLabel("Username").inputValue()).toBe(username);
      await dialog.getByLabel("Password").fill("long enough password");
      await dialog.getByRole("button", { name: "Add user" }).click();
      await dialog.waitFor({ state: "hidden" });
    }
    const table = page.getByRole("table", { name: "Users" });
    const names = async () =>
      (await table.locator("tbody tr td:first-child > span.font-medium").allTextContents()).map((n) => n.trim());
    await expect.poll(names).toEqual(["admin you", "bob", "zoe"]);
    await table.getByRole("button", { name: "User", exact: true }).click();
    await expect.poll(names).toEqual(["zoe", "bob", "admin you"]);
  });

  it("blocklist: a sortable table on a desktop, stacked rows on a phone", async () => {
    for (const title of ["Alpha.2020.1080p.WEB-DL-GRP", "Beta.2021.720p.HDTV-GRP"]) {
      const response = await page.request.post(`${app.baseUrl}/api/v1/blocklist`, {
        data: { title, protocol: "torrent", reason: "Picked by hand in a test" },
        headers: { origin: app.baseUrl },
      });
      expect(response.status()).toBe(201);
    }
    await page.goto(`${app.baseUrl}/activity?tab=blocklist`);
    const table = page.getByRole("table", { name: "Blocklist" });
    const titles = async () => await table.locator("tbody tr td:first-child > p.font-medium").allTextContents();
    // Newest first, then by release name on a click.
    await expect.poll(titles).toEqual(["Beta.2021.720p.HDTV-GRP", "Alpha.2020.1080p.WEB-DL-GRP"]);
    await table.getByRole("button", { name: "Release", exact: true }).click();
    await expect.poll(titles).toEqual(["Alpha.2020.1080p.WEB-DL-GRP", "Beta.2021.720p.HDTV-GRP"]);
    await shootAtSizes(page, "activity-blocklist-table");
  });

  it("release profile: a pattern RE2 cannot run is refused under its field before anything is sent, a fix saves", async () => {
    const releaseProfiles = async () =>
      ((await (await page.request.get(`${app.baseUrl}/api/v1/release-profiles`)).json()) as { name: string }[]).map(
        (p) => p.name,
      );
    await page.goto(`${app.baseUrl}/settings/quality/release-profiles`);
    await page.getByRole("button", { name: "New release profile" }).click();
    const dialog = page.getByRole("dialog", { name: "New release profile" });
    await dialog.getByLabel("Name").fill("No x265");
    await dialog.getByLabel("Must not contain").fill("/x265(?=.*HDR)/i");
    await dialog.getByRole("button", { name: "Save" }).click();

    // lib/quality/release-profile.input.ts runs the RE2 check in the browser.
    expect(await fieldError(dialog, "rp-ignored")).toMatch(/lookahead and lookbehind .* not supported/);
    expect(await dialog.getByLabel("Must not contain").inputValue()).toBe("/x265(?=.*HDR)/i");
    expect(await dialog.getByLabel("Name").inputValue()).toBe("No x265");
    expect(await releaseProfiles()).toEqual([]);
    await shootAtSizes(page, "settings-release-profile-dialog-error");

    await dialog.getByLabel("Must not contain").fill("x265\n/\\bHEVC\\b/i");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await releaseProfiles()).toEqual(["No x265"]);
  });

  it("library naming: an emptied template is refused next to it, with the server's own message", async () => {
    mkdirSync(path.join(media, "Movies"));
    const response = await page.request.post(`${app.baseUrl}/api/v1/libraries`, {
      data: { name: "Movies", kind: "movie", path: path.join(media, "Movies") },
      headers: { origin: app.baseUrl },
    });
    expect(response.status()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    await page.goto(`${app.baseUrl}/settings/libraries`);
    await page.getByText("Naming").first().click();
    await page.getByLabel("Movie file").fill("  ");
    await page.getByRole("button", { name: "Save naming" }).click();
    expect(await fieldError(page.locator("body"), `${id}-movieFile`)).toBe("a template cannot be empty");
    expect(await page.getByLabel("Movie folder").inputValue()).toContain("{Movie Title}");
  });

  it("library add and edit: a relative folder is refused by the Folder field; the server normalises a valid one", async () => {
    mkdirSync(path.join(media, "TV"));
    await page.goto(`${app.baseUrl}/settings/libraries`);
    await page.getByRole("button", { name: "Add library" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a library" });
    await dialog.getByLabel("Kind", { exact: true }).selectOption("tv");
    // The suggested name follows the kind.
    await expect.poll(() => dialog.getByLabel("Name", { exact: true }).inputValue()).toBe("TV");
    await dialog.getByLabel("Folder", { exact: true }).fill("tv");
    await dialog.getByRole("button", { name: "Add library" }).click();
    expect(await fieldError(dialog, "library-path")).toBe("must be an absolute path such as /data/movies");
    await dialog.getByLabel("Folder", { exact: true }).fill(`${media}//TV/`);
    await dialog.getByRole("button", { name: "Add library" }).click();
    await dialog.waitFor({ state: "detached" });
    const libraries = async () =>
      (
        (await (await page.request.get(`${app.baseUrl}/api/v1/libraries`)).json()) as {
          items: { id: string; name: string; kind: string; path: string; scanIntervalHours: number }[];
        }
      ).items;
    const tv = (await libraries()).find((l) => l.kind === "tv");
    expect(tv).toMatchObject({ name: "TV", path: path.join(media, "TV") });

    const card = page.locator('[data-slot="card"]').filter({ hasText: path.join(media, "TV") });
    await card.getByRole("button", { name: "Edit" }).click();
    const edit = page.getByRole("dialog", { name: "Edit TV" });
    await edit.getByLabel("Scan every").fill("800");
    await edit.getByRole("button", { name: "Save" }).click();
    expect(await fieldError(edit, `library-${tv!.id}-scan`)).toMatch(/720/);
    await edit.getByLabel("Scan every").fill("24");
    await edit.getByRole("button", { name: "Save" }).click();
    await edit.waitFor({ state: "detached" });
    expect((await libraries()).find((l) => l.id === tv!.id)).toMatchObject({ scanIntervalHours: 24, path: tv!.path });
  });
});
