import { eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { getConfig } from "@/lib/config";
import { db, tables } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { decryptSecret, encryptSecret } from "@/lib/secrets";
import { metadataSettingsInput, type MetadataSettingsInput } from "./settings.input";

export { languageSchema, metadataSettingsInput, type MetadataSettingsInput } from "./settings.input";

const SETTINGS_KEY = "metadata";

/** As stored: secrets encrypted (lib/secrets). */
const storedSchema = z.object({
  source: z.enum(["tmdb", "relay"]).nullable().default(null),
  apiKey: z.string().nullable().default(null),
  readToken: z.string().nullable().default(null),
  relayUrl: z.string().nullable().default(null),
  language: z.string().default("en-US"),
});
type Stored = z.infer<typeof storedSchema>;

/** What the settings page and the API may see: never the secrets themselves. */
export const metadataSettingsViewSchema = z.object({
  source: z.enum(["tmdb", "relay"]).nullable().describe("null: TMDB with the key from the environment, if any"),
  apiKeySet: z.boolean().describe("A TMDB v3 API key is stored (the key itself is never returned)"),
  readTokenSet: z.boolean().describe("A TMDB v4 read access token is stored (never returned)"),
  envKeySet: z.boolean().describe("TMDB_API_KEY is set in the environment"),
  relayUrl: z.string().nullable(),
  language: z.string(),
});
export type MetadataSettingsView = z.infer<typeof metadataSettingsViewSchema>;

/** Resolved for the provider: where to send requests and how to authenticate. */
export type MetadataSource =
  | { kind: "tmdb"; baseUrl: string; auth: { apiKey: string } | { readToken: string }; language: string }
  | { kind: "relay"; baseUrl: string; language: string }
  | { kind: "none"; language: string };

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

/** The form's values over the stored ones: a blank secret field keeps the stored secret, "" clears it. */
function merge(stored: Stored, input: z.output<typeof metadataSettingsInput>): Stored {
  const secret = (next: string | undefined, current: string | null) =>
    next === undefined ? current : next === "" ? null : encryptSecret(next);
  return {
    source: input.source === undefined ? stored.source : input.source,
    apiKey: secret(input.apiKey, stored.apiKey),
    readToken: secret(input.readToken, stored.readToken),
    relayUrl: input.relayUrl === undefined ? stored.relayUrl : input.relayUrl || null,
    language: input.language ?? stored.language,
  };
}

export async function getMetadataSettings(actor: Actor): Promise<MetadataSettingsView> {
  assertCan(actor, "admin");
  const stored = await readStored();
  return {
    source: stored.source,
    apiKeySet: !!stored.apiKey,
    readTokenSet: !!stored.readToken,
    envKeySet: !!getConfig().TMDB_API_KEY,
    relayUrl: stored.relayUrl,
    language: stored.language,
  };
}

export async function saveMetadataSettings(actor: Actor, input: unknown): Promise<MetadataSettingsView> {
  assertCan(actor, "admin");
  await writeStored(merge(await readStored(), parseInput(metadataSettingsInput, input)));
  return getMetadataSettings(actor);
}

/** TMDB v4 read access tokens are JWTs; v3 API keys are 32 hex characters. */
const isReadToken = (value: string) => value.startsWith("eyJ");

/**
 * Where metadata comes from now: Settings first, then TMDB_API_KEY from the environment.
 * With a draft (Settings → Metadata → Test), the form's values count as if saved.
 */
export async function resolveMetadataSource(draft?: MetadataSettingsInput): Promise<MetadataSource> {
  const config = getConfig();
  const saved = await readStored();
  const stored = draft ? merge(saved, parseInput(metadataSettingsInput, draft)) : saved;
  const language = stored.language;
  if (stored.source === "relay") {
    // A relay URL saved before only http(s) was accepted counts as not configured.
    return stored.relayUrl && /^https?:\/\//i.test(stored.relayUrl)
      ? { kind: "relay", baseUrl: `${stored.relayUrl.replace(/\/$/, "")}/api/relay/3`, language }
      : { kind: "none", language };
  }
  const token = stored.readToken ? decryptSecret(stored.readToken) : null;
  const key = stored.apiKey ? decryptSecret(stored.apiKey) : null;
  const fromEnv = config.TMDB_API_KEY ?? null;
  const auth = token
    ? { readToken: token }
    : key
      ? { apiKey: key }
      : fromEnv
        ? isReadToken(fromEnv)
          ? { readToken: fromEnv }
          : { apiKey: fromEnv }
        : null;
  if (!auth) return { kind: "none", language };
  return { kind: "tmdb", baseUrl: config.TMDB_BASE_URL, auth, language };
}
