import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, tables } from "@/lib/db";
import { parseInput, ValidationError } from "@/lib/errors";
import { decryptSecret, encryptSecret } from "@/lib/secrets";
import { assertCan, type Actor } from "./actor";
import { countAdminsWithIdentity } from "./identities.repo";
import { probeOidcProvider } from "./oidc-provider";
import { roles } from "./roles";
import {
  oidcLinkModes,
  roleMappingSchema,
  signInSettingsInput,
  type LoginOptions,
  type SignInSettingsView,
} from "./sign-in-settings.input";

const SETTINGS_KEY = "accounts.sign-in";

/** As stored: the client secret encrypted (lib/secrets). */
const storedSchema = z.object({
  localLogin: z.boolean().default(true),
  oidcEnabled: z.boolean().default(false),
  name: z.string().default("Single sign-on"),
  issuer: z.string().default(""),
  clientId: z.string().default(""),
  clientSecret: z.string().nullable().default(null),
  scopes: z.string().default("openid profile email groups"),
  roleClaim: z.string().default("groups"),
  roleMappings: z.array(roleMappingSchema).default([]),
  defaultRole: z.enum(roles).nullable().default(null),
  autoCreate: z.boolean().default(true),
  linkBy: z.enum(oidcLinkModes).default("email"),
});
type Stored = z.infer<typeof storedSchema>;

/** The provider as the sign-in flow needs it, secret decrypted. Server-side only. */
export type OidcSettings = Omit<Stored, "clientSecret" | "localLogin" | "oidcEnabled"> & { clientSecret: string };

async function readStored(): Promise<Stored> {
  const [row] = await db().select().from(tables.settings).where(eq(tables.settings.key, SETTINGS_KEY)).limit(1);
  return storedSchema.parse(row?.value ?? {});
}

async function writeStored(value: Stored): Promise<void> {
  const now = new Date();
  await db()
    .insert(tables.settings)
    .values({ key: SETTINGS_KEY, value, updatedAt: now })
    .onConflictDoUpdate({ target: tables.settings.key, set: { value, updatedAt: now } });
}

function toView(stored: Stored): SignInSettingsView {
  const { clientSecret, ...rest } = stored;
  return { ...rest, clientSecretSet: !!clientSecret };
}

export async function getSignInSettings(actor: Actor): Promise<SignInSettingsView> {
  assertCan(actor, "admin");
  return toView(await readStored());
}

/**
 * Saves the form. A blank client secret keeps the stored one, but never for a new issuer (a
 * stored secret is not sent to another server). Password sign-in can only be turned off while
 * OIDC is on and at least one admin signs in with it, so the settings stay reachable.
 */
export async function saveSignInSettings(actor: Actor, input: unknown): Promise<SignInSettingsView> {
  assertCan(actor, "admin");
  const data = parseInput(signInSettingsInput, input);
  const stored = await readStored();
  const issuerChanged = data.issuer !== stored.issuer;
  const clientSecret = data.clientSecret
    ? encryptSecret(data.clientSecret)
    : issuerChanged
      ? null
      : stored.clientSecret;
  const fields: Record<string, string> = {};
  if (data.oidcEnabled) {
    if (!data.issuer) fields.issuer = "Enter the issuer URL";
    if (!data.clientId) fields.clientId = "Enter the client ID";
    if (!clientSecret)
      fields.clientSecret = stored.clientSecret
        ? "Enter the client secret again for the new issuer"
        : "Enter the client secret";
  }
  if (!data.localLogin) {
    if (!data.oidcEnabled) fields.localLogin = "Password sign-in can only be turned off while OpenID Connect is on";
    else if (data.issuer && (await countAdminsWithIdentity(data.issuer)) === 0)
      fields.localLogin = `No admin signs in with ${data.name} yet: sign in with it once (or link it from your profile) before turning passwords off`;
  }
  if (Object.keys(fields).length > 0) throw new ValidationError(Object.values(fields).join("; "), { fields });
  const next: Stored = { ...data, clientSecret };
  await writeStored(next);
  return toView(next);
}

/** The form's Test button: the issuer answers discovery and accepts the client ID and secret. */
export async function testSignInSettings(actor: Actor, input: unknown): Promise<{ issuer: string }> {
  assertCan(actor, "admin");
  const data = parseInput(signInSettingsInput, input);
  const stored = await readStored();
  const secret =
    data.clientSecret ||
    (data.issuer === stored.issuer && stored.clientSecret ? decryptSecret(stored.clientSecret) : "");
  const fields: Record<string, string> = {};
  if (!data.issuer) fields.issuer = "Enter the issuer URL";
  if (!data.clientId) fields.clientId = "Enter the client ID";
  if (!secret) fields.clientSecret = "Enter the client secret";
  if (Object.keys(fields).length > 0) throw new ValidationError(Object.values(fields).join("; "), { fields });
  const { issuer } = await probeOidcProvider({ issuer: data.issuer, clientId: data.clientId, clientSecret: secret });
  return { issuer };
}

/** For the CLI (`mydia auth local-login on|off`): the way back in when the provider is gone. */
export async function setLocalLoginByOperator(enabled: boolean): Promise<void> {
  const stored = await readStored();
  if (!enabled && !stored.oidcEnabled)
    throw new ValidationError("Password sign-in can only be turned off while OpenID Connect is on");
  await writeStored({ ...stored, localLogin: enabled });
}

/** What the sign-in page offers. Public: holds nothing secret. */
export async function loginOptions(): Promise<LoginOptions> {
  const stored = await readStored();
  const oidc = stored.oidcEnabled && stored.issuer && stored.clientId && stored.clientSecret;
  return { localLogin: stored.localLogin || !oidc, oidc: oidc ? { name: stored.name } : null };
}

/** The provider for the sign-in flow, or null when OIDC is off or incomplete. Never leaves the server. */
export async function oidcSettings(): Promise<OidcSettings | null> {
  const stored = await readStored();
  if (!stored.oidcEnabled || !stored.issuer || !stored.clientId || !stored.clientSecret) return null;
  const { clientSecret, localLogin: _local, oidcEnabled: _enabled, ...rest } = stored;
  return { ...rest, clientSecret: decryptSecret(clientSecret) };
}
