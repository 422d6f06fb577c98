import { metadataSettingsInput, metadataSettingsViewSchema } from "@/lib/metadata";
import { defineEndpoint, updateBodyOf, updateEndpoints } from "../endpoint";

const tag = "Settings";

export const metadataSettingsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/settings/metadata",
  summary: "Where metadata comes from (TMDB or a metadata relay), the language, and whether a TMDB key is set",
  description: "The TMDB key and read token are write-only: apiKeySet and readTokenSet say whether one is stored.",
  tag,
  access: "admin",
  response: metadataSettingsViewSchema,
});

export const updateMetadataSettingsEndpoints = updateEndpoints({
  path: "/api/v1/settings/metadata",
  summary: "Change the metadata source, TMDB key or read token, relay URL or language",
  description:
    'apiKey and readToken: a value stores it (encrypted), "" removes it, left out keeps it. source null uses TMDB_API_KEY from the environment.',
  tag,
  access: "admin",
  body: updateBodyOf(metadataSettingsInput, metadataSettingsViewSchema),
  response: metadataSettingsViewSchema,
});

export const settingsEndpoints = [metadataSettingsEndpoint, ...Object.values(updateMetadataSettingsEndpoints)];
