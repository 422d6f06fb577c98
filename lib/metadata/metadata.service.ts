import { assertCan, type Actor } from "@/lib/accounts";
import { getConfig } from "@/lib/config";
import { fieldError, parseInput } from "@/lib/errors";
import { MetadataNotConfiguredError, toMetadataError } from "./errors";
import { mediaTypeSchema, type DiscoverList, type Genre, type MediaType, type ResultPage } from "./metadata.types";
import type { MetadataProvider } from "./provider";
import { resolveMetadataSource, type MetadataSettingsInput, type MetadataSource } from "./settings";
import { TmdbProvider } from "./tmdb/tmdb.provider";

export function providerFor(source: MetadataSource): MetadataProvider {
  if (source.kind === "none") throw new MetadataNotConfiguredError();
  if (source.kind === "relay") {
    return new TmdbProvider(
      "relay",
      { baseUrl: source.baseUrl, auth: null, service: "Metadata relay" },
      source.language,
    );
  }
  return new TmdbProvider("tmdb", { baseUrl: source.baseUrl, auth: source.auth, service: "TMDB" }, source.language);
}

/** The configured provider; MetadataNotConfiguredError (503, says where to set it up) when there is none. */
export async function metadataProvider(): Promise<MetadataProvider> {
  return providerFor(await resolveMetadataSource());
}

export async function isMetadataConfigured(): Promise<boolean> {
  return (await resolveMetadataSource()).kind !== "none";
}

/** Runs fn with the provider; HTTP failures become domain errors with a clear message. */
export async function withMetadata<T>(fn: (provider: MetadataProvider) => Promise<T>): Promise<T> {
  const provider = await metadataProvider();
  try {
    return await fn(provider);
  } catch (error) {
    throw toMetadataError(error);
  }
}

export async function searchMetadata(actor: Actor, type: MediaType, query: string, page = 1): Promise<ResultPage> {
  assertCan(actor, "browse");
  const q = query.trim();
  if (!q) throw fieldError("q", "type something to search for");
  return withMetadata((p) => p.search(parseInput(mediaTypeSchema, type), q.slice(0, 200), page));
}

export async function discoverMetadata(
  actor: Actor,
  type: MediaType,
  list: DiscoverList,
  page = 1,
): Promise<ResultPage> {
  assertCan(actor, "browse");
  return withMetadata((p) => p.list(type, list, page));
}

export async function discoverByGenre(actor: Actor, type: MediaType, genreId: number, page = 1): Promise<ResultPage> {
  assertCan(actor, "browse");
  return withMetadata((p) => p.byGenre(type, genreId, page));
}

export async function listGenres(actor: Actor, type: MediaType): Promise<Genre[]> {
  assertCan(actor, "browse");
  return withMetadata((p) => p.genres(type));
}

/** Settings → Metadata → Test: tries the form's values (unsaved); throws the mapped error. */
export async function testMetadataSettings(
  actor: Actor,
  draft: MetadataSettingsInput,
): Promise<{ kind: "tmdb" | "relay" }> {
  assertCan(actor, "admin");
  const provider = providerFor(await resolveMetadataSource(draft));
  try {
    await provider.test();
  } catch (error) {
    throw toMetadataError(error);
  }
  return { kind: provider.kind };
}

/** The address images are fetched from (TMDB's CDN needs no key, so relay installs use it too). */
export function imageBaseUrl(): string {
  return getConfig().TMDB_IMAGE_BASE_URL.replace(/\/$/, "");
}
