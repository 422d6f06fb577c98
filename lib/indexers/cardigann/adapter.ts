import { decryptSecret, encryptSecret } from "@/lib/secrets";
import type { IndexerCaps } from "../indexer.types";
import { toIndexerError } from "../errors";
import type { IndexerWithStatus } from "../indexer.repo";
import { saveSession } from "../indexer.repo";
import type { IndexerRelease } from "../release";
import type { SearchQuery } from "../search/query";
import type { AdapterDeps, IndexerAdapter, Secrets } from "../runtime";
import type { RequestOptions } from "../torznab/client";
import type { EngineContext } from "./context";
import { resolveDownload, type ResolvedDownload } from "./download";
import { SiteSession } from "./http";
import type { Definition } from "./load";
import { runSearch } from "./search";
import { requireDefinition } from "./definitions.service";

/** Caps of a definition in the Torznab shape (modes and categories are static). */
export function capsOf(definition: Definition): IndexerCaps {
  const mode = (params: string[] | undefined) => ({ available: params !== undefined, params: params ?? [] });
  const parents = new Map<number, { id: number; name: string; subcategories: { id: number; name: string }[] }>();
  for (const mapping of definition.categoryMappings) {
    if (!mapping.newznab) continue;
    const parentId = Math.floor(mapping.newznab / 1000) * 1000;
    const parent = parents.get(parentId) ?? { id: parentId, name: String(parentId), subcategories: [] };
    if (mapping.newznab !== parentId && !parent.subcategories.some((s) => s.id === mapping.newznab)) {
      parent.subcategories.push({ id: mapping.newznab, name: mapping.desc ?? String(mapping.newznab) });
    }
    parents.set(parentId, parent);
  }
  return {
    search: mode(definition.modes.search),
    tvSearch: mode(definition.modes["tv-search"]),
    movieSearch: mode(definition.modes["movie-search"]),
    categories: [...parents.values()].sort((a, b) => a.id - b.id),
    limits: null,
    server: { title: definition.name, version: null },
  };
}

function restoreSession(row: IndexerWithStatus): string | null {
  if (!row.status?.session) return null;
  try {
    return decryptSecret(row.status.session);
  } catch {
    return null;
  }
}

export interface CardigannAdapter extends IndexerAdapter {
  resolveDownload(link: string, options?: RequestOptions): Promise<ResolvedDownload>;
}

/** A configured Cardigann indexer: the engine with the row's settings, secrets and saved session. */
export async function createCardigannAdapter(
  row: IndexerWithStatus,
  secrets: Secrets,
  deps: AdapterDeps,
): Promise<CardigannAdapter> {
  const definition = await requireDefinition(row.definitionId!);
  const siteLink = row.baseUrl.endsWith("/") ? row.baseUrl : `${row.baseUrl}/`;
  const settings = { ...row.settings, ...secrets };
  const session = new SiteSession({
    key: row.id,
    name: row.name,
    siteLink,
    encoding: definition.encoding,
    timeoutMs: row.timeoutMs,
    requestDelayMs: definition.requestDelayMs,
    cookies: restoreSession(row),
    userAgent: typeof settings.useragent === "string" && settings.useragent ? settings.useragent : undefined,
    fetch: deps.fetch,
  });
  const context = (signal?: AbortSignal): EngineContext => ({
    definition,
    indexerName: row.name,
    siteLink,
    settings,
    session,
    now: () => new Date(),
    signal,
    saveSession: row.id === "test" ? undefined : (cookies) => saveSession(row.id, encryptSecret(cookies), new Date()),
  });
  return {
    async fetchCaps(): Promise<IndexerCaps> {
      return capsOf(definition);
    },
    async search(query: SearchQuery, options: RequestOptions = {}): Promise<IndexerRelease[]> {
      try {
        return await runSearch(context(options.signal), query, row.categories, row.id);
      } catch (error) {
        throw toIndexerError(error, row.name);
      }
    },
    async resolveDownload(link: string, options: RequestOptions = {}): Promise<ResolvedDownload> {
      try {
        return await resolveDownload(context(options.signal), link);
      } catch (error) {
        throw toIndexerError(error, row.name);
      }
    },
  };
}
