import { Issuer } from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  authenticate,
  createFirstAdmin,
  createUser,
  getSignInSettings,
  loginOptions,
  ownSignInLinks,
  resolveOidcUser,
  saveSignInSettings,
  setLocalLoginByOperator,
  testSignInSettings,
  unlinkOwnSignIn,
  type Actor,
  type SignInSettingsInput,
} from "@/lib/accounts";
import { classifyOidcFailure, SignInRefusedError } from "@/lib/accounts/sign-in-errors";
import { oidcSettings } from "@/lib/accounts/sign-in-settings";
import { db, tables } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { startOidcProvider, type TestOidcProvider } from "../../helpers/oidc-provider";

/**
 * OpenID Connect sign-in below the browser: the settings (secret kept on the server, only admins),
 * the group → role mapping, auto-create, linking, the password switch and its CLI way back, the
 * Test button and how openid-client's failures read — against a real provider on 127.0.0.1.
 */

const SECRET = "client-secret-never-shown";
let provider: TestOidcProvider;
let admin: Actor;
let requesterActor: Actor;

const asActor = (u: { id: string; username: string; role: "admin" | "user" | "requester" | "readonly" }): Actor => ({
  kind: "user",
  userId: u.id,
  username: u.username,
  role: u.role,
  via: "session",
});

const form = (overrides: Partial<SignInSettingsInput> = {}): SignInSettingsInput => ({
  localLogin: true,
  oidcEnabled: true,
  name: "Authelia",
  issuer: provider.issuer,
  clientId: provider.clientId,
  clientSecret: SECRET,
  scopes: "openid profile email groups",
  roleClaim: "groups",
  roleMappings: [
    { value: "mydia-admins", role: "admin" },
    { value: "family", role: "requester" },
  ],
  defaultRole: null,
  autoCreate: true,
  linkBy: "email",
  ...overrides,
});

async function settings() {
  const value = await oidcSettings();
  if (!value) throw new Error("OIDC settings are not complete");
  return value;
}

beforeAll(async () => {
  provider = await startOidcProvider({
    accounts: {},
    redirectUris: ["http://127.0.0.1:3000/api/auth/callback/oidc"],
    clientSecret: SECRET,
  });
  admin = asActor(await createFirstAdmin({ username: "root", password: "root password" }));
  requesterActor = asActor(await createUser(admin, { username: "kid", password: "kid password 1", role: "requester" }));
});
afterAll(() => provider?.stop());

describe("single sign-on settings", () => {
  it("only an admin reads or changes them, and the client secret never comes back", async () => {
    await expect(saveSignInSettings(requesterActor, form())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getSignInSettings(requesterActor)).rejects.toBeInstanceOf(ForbiddenError);
    const saved = await saveSignInSettings(admin, form());
    const view = await getSignInSettings(admin);
    for (const answer of [saved, view, await loginOptions()]) {
      expect(JSON.stringify(answer)).not.toContain(SECRET);
    }
    expect(view).toMatchObject({ clientSecretSet: true, name: "Authelia", issuer: provider.issuer });
    // Stored encrypted: not even the settings row holds it in clear.
    const rows = await db().select().from(tables.settings);
    expect(JSON.stringify(rows)).not.toContain(SECRET);
    expect(await loginOptions()).toEqual({ localLogin: true, oidc: { name: "Authelia" } });
  });

  it("keeps the stored secret when the field is blank, but not for a new issuer", async () => {
    await saveSignInSettings(admin, form({ clientSecret: undefined }));
    expect((await settings()).clientSecret).toBe(SECRET);
    const error = await saveSignInSettings(
      admin,
      form({ clientSecret: undefined, issuer: "https://other.example" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual({
      fields: { clientSecret: "Enter the client secret again for the new issuer" },
    });
  });

  it("the Test button: reachable issuer and accepted secret, wrong secret, unreachable issuer", async () => {
    expect(await testSignInSettings(admin, form({ clientSecret: undefined }))).toEqual({ issuer: provider.issuer });
    await expect(testSignInSettings(admin, form({ clientSecret: "wrong" }))).rejects.toThrow(
      "The provider refused this client ID and secret",
    );
    await expect(testSignInSettings(admin, form({ issuer: "http://127.0.0.1:9" }))).rejects.toThrow(
      /The issuer cannot be reached/,
    );
  });
});

describe("who an OIDC sign-in is", () => {
  it("a group maps to a role and the user is created at the first sign-in, once", async () => {
    const first = await resolveOidcUser(await settings(), {
      sub: "alice-sub",
      preferred_username: "alice",
      email: "alice@example.com",
      email_verified: true,
      groups: ["family"],
    });
    expect(first).toMatchObject({ username: "alice", role: "requester" });
    const again = await resolveOidcUser(await settings(), { sub: "alice-sub", groups: ["family", "mydia-admins"] });
    // Same person; the first matching rule in the admin's order wins and the role follows the groups.
    expect(again).toMatchObject({ id: first.id, role: "admin" });
    expect(again.tokenVersion).toBeGreaterThan(first.tokenVersion);
  });

  it("refuses someone whose groups map to no role, and creates nobody", async () => {
    const error = await resolveOidcUser(await settings(), {
      sub: "eve-sub",
      preferred_username: "eve",
      groups: ["guests"],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRefusedError);
    expect((error as SignInRefusedError).code).toBe("OidcNoAccess");
    const names = (await db().select({ username: tables.users.username }).from(tables.users)).map((u) => u.username);
    expect(names).not.toContain("eve");
  });

  it("a default role lets the unmatched in as new users", async () => {
    await saveSignInSettings(admin, form({ clientSecret: undefined, defaultRole: "readonly" }));
    expect(await resolveOidcUser(await settings(), { sub: "gus-sub", preferred_username: "gus" })).toMatchObject({
      username: "gus",
      role: "readonly",
    });
    await saveSignInSettings(admin, form({ clientSecret: undefined }));
  });

  it("links to an existing local user by verified email only", async () => {
    const local = await createUser(admin, { username: "dad@example.com", password: "dad password 1", role: "user" });
    const unverified = await resolveOidcUser(await settings(), {
      sub: "dad-sub",
      email: "dad@example.com",
      email_verified: false,
      groups: ["family"],
    }).catch((e: unknown) => e);
    expect((unverified as SignInRefusedError).code).toBe("OidcEmailNotVerified");
    const linked = await resolveOidcUser(await settings(), {
      sub: "dad-sub",
      email: "dad@example.com",
      email_verified: true,
      groups: ["family"],
    });
    expect(linked.id).toBe(local.id);
    // The password still works: linking adds a way in.
    expect(await authenticate("dad@example.com", "dad password 1")).not.toBeNull();
  });

  it("with auto-create off and nothing to link, says the account is not linked", async () => {
    await saveSignInSettings(admin, form({ clientSecret: undefined, autoCreate: false, linkBy: "off" }));
    const error = await resolveOidcUser(await settings(), { sub: "nina-sub", groups: ["family"] }).catch(
      (e: unknown) => e,
    );
    expect((error as SignInRefusedError).code).toBe("OidcNotLinked");
    await saveSignInSettings(admin, form({ clientSecret: undefined }));
  });

  it("links from the profile to the signed-in user; another user cannot take the same identity", async () => {
    const kidId = requesterActor.kind === "user" ? requesterActor.userId : "";
    const linked = await resolveOidcUser(
      await settings(),
      { sub: "kid-sub", email: "kid@example.com", groups: [] },
      { linkToUserId: kidId },
    );
    expect(linked.id).toBe(kidId);
    expect((await ownSignInLinks(requesterActor)).linked).toEqual([
      expect.objectContaining({ label: "kid@example.com" }),
    ]);
    const rootId = admin.kind === "user" ? admin.userId : "";
    const stolen = await resolveOidcUser(await settings(), { sub: "kid-sub" }, { linkToUserId: rootId }).catch(
      (e: unknown) => e,
    );
    expect((stolen as SignInRefusedError).code).toBe("OidcAlreadyLinked");
    await unlinkOwnSignIn(requesterActor);
    expect((await ownSignInLinks(requesterActor)).linked).toEqual([]);
  });

  it("a user created by single sign-on has no password and cannot unlink their only way in", async () => {
    const created = await resolveOidcUser(await settings(), {
      sub: "bea-sub",
      preferred_username: "bea",
      groups: ["family"],
    });
    const bea = asActor(created);
    expect((await ownSignInLinks(bea)).hasPassword).toBe(false);
    await expect(unlinkOwnSignIn(bea)).rejects.toBeInstanceOf(ConflictError);
    expect(await authenticate("bea", "!sso-only")).toBeNull();
  });
});

describe("password sign-in switch", () => {
  it("turns off only while an admin signs in with the provider, and the CLI turns it back on", async () => {
    await saveSignInSettings(admin, form({ clientSecret: undefined, localLogin: false, oidcEnabled: false })).catch(
      (e: unknown) =>
        expect((e as ValidationError).details).toMatchObject({ fields: { localLogin: expect.any(String) } }),
    );
    // alice became an admin through her group above: an admin signs in with the provider.
    await saveSignInSettings(admin, form({ clientSecret: undefined, localLogin: false }));
    expect(await loginOptions()).toEqual({ localLogin: false, oidc: { name: "Authelia" } });
    await setLocalLoginByOperator(true);
    expect((await loginOptions()).localLogin).toBe(true);
  });

  it("an incomplete provider never hides the password form", async () => {
    await saveSignInSettings(admin, form({ clientSecret: undefined, localLogin: false }));
    await saveSignInSettings(admin, form({ oidcEnabled: false, localLogin: true }));
    expect(await loginOptions()).toEqual({ localLogin: true, oidc: null });
    await setLocalLoginByOperator(true);
  });
});

describe("openid-client's failures, as the sign-in page names them", () => {
  it("unreachable issuer, wrong client secret, state mismatch", async () => {
    const unreachable = await Issuer.discover("http://127.0.0.1:9/.well-known/openid-configuration").catch(
      (e: unknown) => e,
    );
    expect(classifyOidcFailure(unreachable)).toBe("OidcUnreachable");

    const issuer = await Issuer.discover(`${provider.issuer}/.well-known/openid-configuration`);
    const redirect = "http://127.0.0.1:3000/api/auth/callback/oidc";
    const wrong = new issuer.Client({
      client_id: provider.clientId,
      client_secret: "wrong",
      redirect_uris: [redirect],
    });
    const rejected = await wrong
      .callback(
        redirect,
        { code: "whatever", state: "s1", iss: provider.issuer },
        { state: "s1", code_verifier: "v".repeat(43) },
      )
      .catch((e: unknown) => e);
    expect(classifyOidcFailure(rejected)).toBe("OidcClientRejected");

    const right = new issuer.Client({ client_id: provider.clientId, client_secret: SECRET, redirect_uris: [redirect] });
    const mismatch = await right
      .callback(redirect, { code: "whatever", state: "forged", iss: provider.issuer }, { state: "expected" })
      .catch((e: unknown) => e);
    expect(classifyOidcFailure(mismatch)).toBe("OidcStateMismatch");
  });
});
