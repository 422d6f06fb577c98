import { spawnSync } from "node:child_process";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { signInOverHttp, signOutOverHttp } from "../helpers/auth-http";
import { launchChromium } from "../helpers/chromium";
import { createTestDatabase, type TestDatabase } from "../helpers/databases";

/**
 * Sign-in, sessions, event streams and headers against the built app (`npm start`), on both
 * databases: what a browser or a script on the network actually gets.
 */

const root = { username: "root", password: "root password 1" };
const rita = { username: "rita", password: "rita password 1" };

/** The app's own CLI, against the app's database. */
function cli(app: RunningApp, databaseUrl: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, ["dist/bin/mydia.mjs", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: app.dataDir, LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`mydia ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout.trim();
}

interface OpenStream {
  status: number;
  types: string[];
  closed: () => boolean;
  close: () => void;
}

/** GET /api/events and keep reading in the background. */
async function openEvents(app: RunningApp, headers: Record<string, string>): Promise<OpenStream> {
  const controller = new AbortController();
  const response = await fetch(`${app.baseUrl}/api/events`, { headers, signal: controller.signal });
  const types: string[] = [];
  let closed = response.status !== 200;
  if (response.status === 200 && response.body) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value);
          for (const line of buffer.split("\n")) {
            if (line.startsWith("data: ")) types.push((JSON.parse(line.slice(6)) as { type: string }).type);
          }
          buffer = buffer.slice(buffer.lastIndexOf("\n") + 1);
        }
      } catch {
        // aborted by the test
      }
      closed = true;
    })();
  } else {
    await response.body?.cancel();
  }
  return { status: response.status, types, closed: () => closed, close: () => controller.abort() };
}

const waitFor = async (what: string, probe: () => boolean, timeoutMs: number) => {
  const started = Date.now();
  while (!probe()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
};

describe.each(["sqlite", "pg"] as const)("sign-in, sessions and event streams on the running app (%s)", (dialect) => {
  let app: RunningApp;
  let database: TestDatabase | undefined;
  let databaseUrl: string;
  let browser: Browser;
  let ritaKey: string;
  let rootKey: string;

  beforeAll(async () => {
    database = dialect === "pg" ? await createTestDatabase("pg", inject("postgresUrl")) : undefined;
    // Relay mode on, so its rate limit can be probed (the TMDB behind it is unreachable on purpose).
    app = await startApp({
      databaseUrl: database?.url,
      env: { RELAY_TMDB_API_KEY: "0123456789abcdef0123456789abcdef" },
    });
    databaseUrl = database?.url ?? `file:${app.dataDir}/mydia.db`;
    cli(
      app,
      databaseUrl,
      "user",
      "create",
      "--username",
      root.username,
      "--password",
      root.password,
      "--role",
      "admin",
    );
    cli(
      app,
      databaseUrl,
      "user",
      "create",
      "--username",
      rita.username,
      "--password",
      rita.password,
      "--role",
      "readonly",
    );
    rootKey = cli(app, databaseUrl, "apikey", "create", "--user", root.username, "--name", "test");
    ritaKey = cli(app, databaseUrl, "apikey", "create", "--user", rita.username, "--name", "test");
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await database?.drop();
  });

  it("forbids framing and sends the other security headers on pages and API routes", async () => {
    for (const path of ["/login", "/api/health"]) {
      const response = await fetch(`${app.baseUrl}${path}`);
      await response.body?.cancel();
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("with BASE_URL unset, builds its sign-in URLs from the Host, not from a client's X-Forwarded-Host", async () => {
    const response = await fetch(`${app.baseUrl}/api/auth/providers`, {
      headers: { "x-forwarded-host": "evil.invalid", "x-forwarded-proto": "https" },
    });
    const body = await response.text();
    expect(body).not.toContain("evil.invalid");
    expect(body).toContain(`${app.baseUrl}/api/auth/callback/credentials`);
  });

  it.each(["/\\evil.invalid", "/%09/evil.invalid", "/%5Cevil.invalid", "//evil.invalid", "https://evil.invalid/"])(
    "after a real sign-in with callbackUrl=%s, the browser stays on the app",
    async (callback) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(`${app.baseUrl}/login?callbackUrl=${callback}`);
        await page.getByLabel("Username").fill(root.username);
        await page.getByLabel("Password").fill(root.password);
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.waitForURL((url) => url.pathname !== "/login", { timeout: 20_000 }).catch(() => undefined);
        await page.waitForLoadState("load").catch(() => undefined);
        expect(new URL(page.url()).origin).toBe(app.baseUrl);
        expect(new URL(page.url()).pathname).not.toBe("/login");
      } finally {
        await context.close();
      }
    },
  );

  it("signing out ends the session: a copied cookie opens no page, API route or event stream, and open streams close", async () => {
    const session = await signInOverHttp(app.baseUrl, root);
    expect(session.error).toBeNull();
    const cookie = { cookie: session.cookie! };
    expect((await fetch(`${app.baseUrl}/movies`, { headers: cookie, redirect: "manual" })).status).toBe(200);
    expect((await fetch(`${app.baseUrl}/api/v1/movies`, { headers: cookie })).status).toBe(200);
    const stream = await openEvents(app, cookie);
    expect(stream.status).toBe(200);

    await signOutOverHttp(app.baseUrl, session.cookie!);

    const page = await fetch(`${app.baseUrl}/movies`, { headers: cookie, redirect: "manual" });
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toContain("/login");
    expect((await fetch(`${app.baseUrl}/api/v1/movies`, { headers: cookie })).status).toBe(401);
    const again = await openEvents(app, cookie);
    expect(again.status).toBe(401);
    // The sign-out is an account event: open streams check their reader at once, not at the next periodic check.
    const closedAfter = await waitFor("the open stream to close", stream.closed, 10_000);
    console.log(`[${dialect}] open event stream closed ${closedAfter} ms after sign-out`);
  });

  it("a readonly reader's event replay carries no account events; an admin's does", async () => {
    const readonly = await openEvents(app, { "x-api-key": ritaKey, "last-event-id": "0" });
    const admin = await openEvents(app, { "x-api-key": rootKey, "last-event-id": "0" });
    await waitFor("the admin's replay", () => admin.types.filter((t) => t === "user.created").length >= 2, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(readonly.closed()).toBe(false);
    expect(readonly.types.filter((t) => t.startsWith("user."))).toEqual([]);
    readonly.close();
    admin.close();
  });

  it("an open stream of a signed-in user closes within seconds once the password is reset from the CLI", async () => {
    const session = await signInOverHttp(app.baseUrl, rita);
    const stream = await openEvents(app, { cookie: session.cookie! });
    expect(stream.status).toBe(200);
    cli(app, databaseUrl, "user", "reset-password", "--username", rita.username, "--password", "rita password 2");
    const closedAfter = await waitFor("the stream to close", stream.closed, 8_000);
    console.log(`[${dialect}] open event stream closed ${closedAfter} ms after a password reset`);
  });

  it("password spraying with made-up X-Forwarded-For headers is limited by the real address", async () => {
    let allowed = 0;
    for (let i = 0; i < 40; i++) {
      const result = await signInOverHttp(
        app.baseUrl,
        { username: `nobody${i}`, password: "guess guess" },
        { headers: { "x-forwarded-for": `198.18.${i}.${i}` } },
      );
      if (result.error !== "CredentialsSignin") {
        expect(result.error).toMatch(/Too many failed sign-ins/);
        break;
      }
      allowed++;
    }
    console.log(
      `[${dialect}] spraying from one address with a new X-Forwarded-For each try: ${allowed} tries checked, then refused`,
    );
    expect(allowed).toBeLessThanOrEqual(21);
  });

  it("the metadata relay's rate limit counts the real address, not a made-up X-Forwarded-For", async () => {
    // All at once: each waits on the unreachable TMDB behind the relay, so none gives its token back in time.
    const statuses = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const response = await fetch(`${app.baseUrl}/api/relay/3/genre/movie/list`, {
          headers: { "x-forwarded-for": `198.19.${i}.1` },
        });
        await response.body?.cancel();
        return response.status;
      }),
    );
    // A burst of 40, then 4 a second: 60 requests at once from one address run out of tokens.
    expect(statuses).toContain(429);
  });
});

describe.each(["sqlite", "pg"] as const)("behind a trusted reverse proxy (%s)", (dialect) => {
  let app: RunningApp;
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    database = dialect === "pg" ? await createTestDatabase("pg", inject("postgresUrl")) : undefined;
    // The test plays the proxy on 127.0.0.1 and says who the client is.
    app = await startApp({ databaseUrl: database?.url, env: { TRUSTED_PROXIES: "127.0.0.1,::1" } });
    const databaseUrl = database?.url ?? `file:${app.dataDir}/mydia.db`;
    cli(
      app,
      databaseUrl,
      "user",
      "create",
      "--username",
      root.username,
      "--password",
      root.password,
      "--role",
      "admin",
    );
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("an attack on the admin slows the attacker's address only: the real admin signs in from home meanwhile", async () => {
    const started = Date.now();
    let checked = 0;
    let refused = 0;
    // The attacker also makes up a left-hand X-Forwarded-For entry; the proxy appends the real address.
    for (let i = 0; i < 30; i++) {
      const result = await signInOverHttp(
        app.baseUrl,
        { username: root.username, password: `wrong ${i}` },
        { headers: { "x-forwarded-for": `10.${i}.0.1, 203.0.113.66` } },
      );
      if (result.error === "CredentialsSignin") checked++;
      else refused++;
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `[${dialect}] 30 tries on the admin in ${seconds.toFixed(1)} s from one address: ${checked} checked, ${refused} refused`,
    );
    expect(refused).toBeGreaterThan(15);
    const real = await signInOverHttp(app.baseUrl, root, { headers: { "x-forwarded-for": "198.51.100.7" } });
    expect(real.error).toBeNull();
    expect(real.cookie).toMatch(/next-auth\.session-token=/);
  });
});
