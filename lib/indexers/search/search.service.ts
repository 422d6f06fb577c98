import { assertCan, type Actor } from "@/lib/accounts";
import { getConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { admitRequest, recordFailure, recordSuccess } from "../indexer-health";
import { listIndexerRows, saveCaps, type IndexerWithStatus } from "../indexer.repo";
import type { ParsedRelease } from "../release";
import { createAdapter, type AdapterDeps } from "../runtime";
import { fanOut, type FanOutIndexer, type SearchEvent } from "./fan-out";
import { describeQuery, searchQuerySchema, type SearchQuery } from "./query";
import { parseInput } from "@/lib/errors";

const log = logger.child({ context: "indexers" });

export type SearchMode = "interactive" | "automatic" | "rss";

export interface SearchOptions {
  mode: SearchMode;
  /** Only these indexers (still filtered by the mode's enable flag). */
  indexerIds?: string[];
  deadlineMs?: number;
  signal?: AbortSignal;
  deps?: AdapterDeps;
}

const enabledFor = (row: IndexerWithStatus, mode: SearchMode) =>
  mode === "interactive" ? row.enableInteractive : mode === "automatic" ? row.enableAutomatic : row.enableRss;

function toFanOutIndexer(row: IndexerWithStatus, deps: AdapterDeps): FanOutIndexer {
  return {
    id: row.id,
    name: row.name,
    timeoutMs: row.timeoutMs,
    minimumSeeders: row.minimumSeeders,
    async search(query, signal) {
      let current = row;
      if (!current.caps && current.kind !== "cardigann") {
        const caps = await (await createAdapter(current, deps)).fetchCaps({ signal });
        await saveCaps(current.id, caps, new Date());
        current = { ...current, caps };
      }
      const adapter = await createAdapter(current, deps);
      return adapter.search(query, { signal });
    },
  };
}

/**
 * One search across the enabled indexers, streamed: see fanOut for the events. Interactive
 * searches need the user role; the worker passes the system actor.
 */
export async function* searchReleases(
  actor: Actor,
  rawQuery: SearchQuery,
  options: SearchOptions,
): AsyncGenerator<SearchEvent> {
  assertCan(actor, "manage");
  const query = parseInput(searchQuerySchema, rawQuery);
  const rows = (await listIndexerRows()).filter(
    (row) => enabledFor(row, options.mode) && (!options.indexerIds || options.indexerIds.includes(row.id)),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const deps = options.deps ?? {};
  log.info({ query: describeQuery(query), mode: options.mode, indexers: rows.length }, "indexer search");
  yield* fanOut(
    rows.map((row) => toFanOutIndexer(row, deps)),
    query,
    {
      deadlineMs: options.deadlineMs ?? getConfig().INDEXER_SEARCH_DEADLINE_MS,
      signal: options.signal,
      enforceMinimumSeeders: options.mode !== "interactive",
      hooks: {
        admit: (indexer) => admitRequest(byId.get(indexer.id)!),
        succeeded: (indexer, results, elapsedMs) => recordSuccess(byId.get(indexer.id)!, results, elapsedMs),
        failed: (indexer, error, elapsedMs) => recordFailure(byId.get(indexer.id)!, error, elapsedMs),
      },
    },
  );
}

export interface IndexerOutcome {
  indexerId: string;
  indexerName: string;
  status: "ok" | "failed" | "skipped";
  results: number;
  message: string | null;
  elapsedMs: number | null;
}

export interface CollectedSearch {
  releases: ParsedRelease[];
  indexers: IndexerOutcome[];
  elapsedMs: number;
  duplicates: number;
}

/** The same search, gathered into one answer (REST API, automatic search, RSS sync). */
export async function collectSearch(
  actor: Actor,
  query: SearchQuery,
  options: SearchOptions,
): Promise<CollectedSearch> {
  const releases: ParsedRelease[] = [];
  const indexers: IndexerOutcome[] = [];
  let elapsedMs = 0;
  let duplicates = 0;
  for await (const event of searchReleases(actor, query, options)) {
    if (event.type === "results") {
      releases.push(...event.releases);
      indexers.push({
        indexerId: event.indexer.id,
        indexerName: event.indexer.name,
        status: "ok",
        results: event.releases.length,
        message: null,
        elapsedMs: event.elapsedMs,
      });
    } else if (event.type === "failed") {
      indexers.push({
        indexerId: event.indexer.id,
        indexerName: event.indexer.name,
        status: "failed",
        results: 0,
        message: event.message,
        elapsedMs: event.elapsedMs,
      });
    } else if (event.type === "skipped") {
      indexers.push({
        indexerId: event.indexer.id,
        indexerName: event.indexer.name,
        status: "skipped",
        results: 0,
        message: event.reason,
        elapsedMs: null,
      });
    } else if (event.type === "done") {
      elapsedMs = event.elapsedMs;
      duplicates = event.duplicates;
    }
  }
  return { releases, indexers, elapsedMs, duplicates };
}

/** Newest releases of every RSS-enabled indexer, for the automation's RSS sync job. */
export function fetchRss(actor: Actor, options: Omit<SearchOptions, "mode"> = {}): Promise<CollectedSearch> {
  return collectSearch(actor, { type: "rss" }, { ...options, mode: "rss" });
}
