import { spawnSync } from "node:child_process";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { signInOverHttp } from "../helpers/auth-http";
import { launchChromium } from "../helpers/chromium";
import { createFirstAdmin, testAdmin } from "../helpers/first-admin";
import { startOidcProvider, type TestOidcProvider } from "../helpers/oidc-provider";
import { shootAtSizes } from "../helpers/screenshots";

/**
 * Single sign-on in Chromium against a real OpenID Connect provider (oidc-provider on 127.0.0.1)
 * through its own login and consent pages: a group becomes a role, a person without a mapped group
 * is refused, the admin links their account from the profile, password sign-in goes off (form gone,
 * password POST refused) and the CLI turns it back on; a forged state and a wrong secret are named.
 */

const SECRET = "e2e-client-secret-never-shown";

describe("single sign-on with OpenID Connect", () => {
  let app: RunningApp;
  let provider: TestOidcProvider;
  let browser: Browser;
  let admin: Page;

  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, ["dist/bin/mydia.mjs", ...args], {
      env: { ...process.env, DATABASE_URL: `file:${app.dataDir}/mydia.db`, DATA_DIR: app.dataDir, LOG_LEVEL: "silent" },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`mydia ${args.join(" ")} failed: ${result.stderr}`);
    return result.stdout.trim();
  };

  /** Through the provider's own pages: its login form (any password), then its consent page. */
  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill("any password");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
  }

  async function freshLogin(query = ""): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/login${query}`);
    return { context, page };
  }

  beforeAll(async () => {
    app = await startApp();
    provider = await startOidcProvider({
      clientSecret: SECRET,
      redirectUris: [`${app.baseUrl}/api/auth/callback/oidc`],
      accounts: {
        alice: { sub: "alice-sub", preferred_username: "alice", email: "alice@example.com", groups: ["family"] },
        eve: { sub: "eve-sub", preferred_username: "eve", groups: ["guests"] },
        bob: {
          sub: "bob-sub",
          preferred_username: "bob",
          email: "bob@example.com",
          email_verified: true,
          groups: ["mydia-admins"],
        },
      },
    });
    browser = await launchChromium();
    admin = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(admin, app.baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await provider?.stop();
    await app?.stop();
  });

  it("the admin sets the provider up; the secret appears on no page", async () => {
    await admin.goto(`${app.baseUrl}/settings/authentication`);
    await admin.getByLabel("Sign in with OpenID Connect").click();
    await admin.getByLabel("Provider name").fill("Authelia");
    await admin.getByLabel("Issuer URL").fill(provider.issuer);
    await admin.getByLabel("Client ID").fill(provider.clientId);
    await admin.getByLabel("Client secret").fill(SECRET);
    for (const [value, role] of [
      ["mydia-admins", "admin"],
      ["family", "requester"],
    ]) {
      await admin.getByRole("button", { name: "Add rule" }).click();
      const index = (await admin.getByRole("list", { name: "Role rules" }).locator("li").count()) - 1;
      await admin.locator(`#mapping-value-${index}`).fill(value);
      await admin.locator(`#mapping-role-${index}`).selectOption(role);
    }
    await admin.getByRole("button", { name: "Test" }).click();
    await expect
      .poll(() => admin.getByTestId("oidc-test-result").textContent())
      .toContain("accepted the client ID and secret");
    await admin.getByRole("button", { name: "Save" }).click();
    await admin.getByText("Authentication settings saved").waitFor();
    await admin.reload();
    expect(await admin.getByLabel("Client secret").getAttribute("placeholder")).toMatch(/^Set/);
    expect(await admin.getByTestId("oidc-redirect-uri").textContent()).toBe(`${app.baseUrl}/api/auth/callback/oidc`);
    expect(await admin.content()).not.toContain(SECRET);
    await shootAtSizes(admin, "settings-authentication");
    for (const path of ["/login", "/profile", "/settings/authentication", "/api/auth/providers"]) {
      expect(await (await admin.request.get(`${app.baseUrl}${path}`)).text()).not.toContain(SECRET);
    }
  });

  it("a family member signs in through the provider's pages and is a requester, created on the spot", async () => {
    // A callback URL off the app's origin ends on the app's home page.
    const { context, page } = await freshLogin(`?callbackUrl=${encodeURIComponent("https://evil.example/")}`);
    await shootAtSizes(page, "login-single-sign-on");
    await page.getByRole("button", { name: "Sign in with Authelia" }).click();
    await signInAtProvider(page, "alice");
    await page.waitForURL(`${app.baseUrl}/`);
    await page.goto(`${app.baseUrl}/profile`);
    await page.getByRole("heading", { name: "alice" }).waitFor();
    expect(await page.getByText("Requester:").count()).toBe(1);
    expect((await page.goto(`${app.baseUrl}/settings`))?.status()).toBe(403);
    await context.close();
  });

  it("someone whose groups map to no role is refused with a message, and no user is created", async () => {
    const { context, page } = await freshLogin();
    await page.getByRole("button", { name: "Sign in with Authelia" }).click();
    await signInAtProvider(page, "eve");
    await page.waitForURL(/\/login\?error=OidcNoAccess/);
    expect(await page.locator("#login-error").textContent()).toBe(
      "Your account has no access to Mydia; ask the admin.",
    );
    await context.close();
    await admin.goto(`${app.baseUrl}/settings/users`);
    await admin.getByText(testAdmin.username, { exact: true }).first().waitFor();
    expect(await admin.getByText("eve", { exact: true }).count()).toBe(0);
  });

  it("a forged state is refused", async () => {
    const { context, page } = await freshLogin();
    await page.getByRole("button", { name: "Sign in with Authelia" }).click();
    await page.locator('input[name="login"]').waitFor();
    await page.goto(`${app.baseUrl}/api/auth/callback/oidc?code=stolen&state=forged&iss=${provider.issuer}`);
    await page.waitForURL(/\/login\?error=OidcStateMismatch/);
    expect(await page.locator("#login-error").textContent()).toMatch(/state did not match/);
    await context.close();
  });

  it("the admin links their account from the profile, then turns password sign-in off", async () => {
    await admin.goto(`${app.baseUrl}/profile`);
    await admin.getByRole("button", { name: "Link my Authelia account" }).click();
    await signInAtProvider(admin, "bob");
    await admin.waitForURL(`${app.baseUrl}/profile`);
    expect(await admin.getByTestId("linked-sign-in").textContent()).toContain("bob@example.com");
    await admin.getByRole("heading", { name: testAdmin.username }).waitFor();

    await admin.goto(`${app.baseUrl}/settings/authentication`);
    await admin.getByLabel("Password sign-in").click();
    await admin.getByRole("button", { name: "Save" }).click();
    await admin.getByText("Authentication settings saved").waitFor();

    const { context, page } = await freshLogin();
    await page.getByRole("button", { name: "Sign in with Authelia" }).waitFor();
    expect(await page.locator("#password").count()).toBe(0);
    await context.close();
    const refused = await signInOverHttp(app.baseUrl, testAdmin);
    expect(refused).toMatchObject({ cookie: null, error: "LocalLoginOff" });

    expect(cli("auth", "local-login", "on")).toBe("password sign-in is on");
    expect((await signInOverHttp(app.baseUrl, testAdmin)).cookie).not.toBeNull();
  });

  it("a wrong client secret is named on the sign-in page", async () => {
    await admin.goto(`${app.baseUrl}/settings/authentication`);
    await admin.getByLabel("Client secret").fill("not-the-secret");
    await admin.getByRole("button", { name: "Save" }).click();
    await admin.getByText("Authentication settings saved").waitFor();
    const { context, page } = await freshLogin();
    await page.getByRole("button", { name: "Sign in with Authelia" }).click();
    await signInAtProvider(page, "alice");
    await page.waitForURL(/\/login\?error=OidcClientRejected/);
    expect(await page.locator("#login-error").textContent()).toMatch(/refused Mydia's client ID or secret/);
    await context.close();
  });
});
