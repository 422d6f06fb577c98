import { z } from "zod";

export const languageSchema = z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "use a language code such as en-US or de-DE");

/** Every field is optional: a field left out keeps its stored value. */
export const metadataSettingsInput = z.strictObject({
  /** null: TMDB with TMDB_API_KEY from the environment. */
  source: z.enum(["tmdb", "relay"]).nullable().optional(),
  /** undefined: keep the stored one; "": remove it. Write-only: never returned. */
  apiKey: z.string().trim().max(500).optional(),
  readToken: z.string().trim().max(2000).optional(),
  relayUrl: z
    .union([
      z.literal(""),
      z.url({
        protocol: /^https?$/,
        message: "must be an http:// or https:// address such as https://mydia.example.com",
      }),
    ])
    .nullable()
    .optional(),
  language: languageSchema.optional(),
});
export type MetadataSettingsInput = z.input<typeof metadataSettingsInput>;
