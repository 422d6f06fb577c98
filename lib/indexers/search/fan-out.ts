import { parse, toParseSummary } from "@/lib/release";
import type { IndexerFailureKind } from "../indexer.types";
import { IndexerRequestError, toIndexerError } from "../errors";
import type { IndexerRelease, ParsedRelease } from "../release";
import { Deduplicator } from "./dedupe";
import type { SearchQuery } from "./query";

export interface FanOutIndexer {
  id: string;
  name: string;
  timeoutMs: number;
  minimumSeeders: number;
  search(query: SearchQuery, signal: AbortSignal): Promise<IndexerRelease[]>;
}

export interface IndexerRef {
  id: string;
  name: string;
}

export type SearchEvent =
  | { type: "started"; indexers: IndexerRef[]; deadlineMs: number }
  | { type: "results"; indexer: IndexerRef; releases: ParsedRelease[]; received: number; elapsedMs: number }
  | { type: "failed"; indexer: IndexerRef; kind: IndexerFailureKind; message: string; elapsedMs: number }
  | { type: "skipped"; indexer: IndexerRef; reason: string; until: string | null }
  | {
      type: "done";
      elapsedMs: number;
      releases: number;
      duplicates: number;
      succeeded: number;
      failed: number;
      skipped: number;
    };

export interface FanOutHooks {
  /** Called before an indexer is asked; a reason skips it (backed off, rate limit reached). */
  admit?(indexer: FanOutIndexer): Promise<{ reason: string; until: Date | null } | null>;
  succeeded?(indexer: FanOutIndexer, releases: number, elapsedMs: number): Promise<void>;
  failed?(indexer: FanOutIndexer, error: ReturnType<typeof toIndexerError>, elapsedMs: number): Promise<void>;
}

export interface FanOutOptions {
  /** The whole search ends by then; indexers still running are aborted and reported as timed out. */
  deadlineMs: number;
  hooks?: FanOutHooks;
  signal?: AbortSignal;
  /** Drop torrents under the indexer's minimum seeders (automatic searches); interactive ones flag them. */
  enforceMinimumSeeders?: boolean;
  now?: () => number;
}

function toParsed(release: IndexerRelease, key: string, query: SearchQuery, nowMs: number): ParsedRelease {
  const hints =
    query.type === "movie" ? { kind: "movie" as const } : query.type === "tv" ? { kind: "tv" as const } : undefined;
  const published = release.publishedAt ? Date.parse(release.publishedAt) : NaN;
  return {
    ...release,
    key,
    ageHours: Number.isNaN(published) ? null : Math.max(0, Math.round(((nowMs - published) / 3_600_000) * 10) / 10),
    parsed: toParseSummary(parse(release.title, hints)),
  };
}

/**
 * Asks every indexer at once and yields what happens as it happens: each indexer's releases
 * (parsed and de-duplicated against what came before) as soon as it answers, failures with
 * their reason, then one `done`. A slow indexer never holds the others back; the deadline
 * aborts whatever is still running.
 */
export async function* fanOut(
  indexers: FanOutIndexer[],
  query: SearchQuery,
  options: FanOutOptions,
): AsyncGenerator<SearchEvent> {
  const now = options.now ?? Date.now;
  const started = now();
  const refs = indexers.map(({ id, name }) => ({ id, name }));
  yield { type: "started", indexers: refs, deadlineMs: options.deadlineMs };

  const queue: SearchEvent[] = [];
  let wake: (() => void) | null = null;
  const push = (event: SearchEvent) => {
    queue.push(event);
    wake?.();
  };

  const deadline = AbortSignal.timeout(options.deadlineMs);
  const overall = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const dedupe = new Deduplicator();
  const counts = { releases: 0, succeeded: 0, failed: 0, skipped: 0 };
  const finished = new Set<string>();

  const run = async (indexer: FanOutIndexer): Promise<void> => {
    const ref = { id: indexer.id, name: indexer.name };
    const skip = await options.hooks?.admit?.(indexer).catch(() => null);
    if (skip) {
      counts.skipped++;
      finished.add(indexer.id);
      push({ type: "skipped", indexer: ref, reason: skip.reason, until: skip.until?.toISOString() ?? null });
      return;
    }
    const t0 = now();
    const signal = AbortSignal.any([overall, AbortSignal.timeout(indexer.timeoutMs)]);
    try {
      const raw = await abortable(indexer.search(query, signal), signal);
      const elapsedMs = now() - t0;
      if (finished.has(indexer.id)) return;
      finished.add(indexer.id);
      const fresh: ParsedRelease[] = [];
      const nowMs = now();
      for (const release of raw) {
        const lowSeeders =
          release.protocol === "torrent" && release.seeders !== null && release.seeders < indexer.minimumSeeders;
        if (lowSeeders && options.enforceMinimumSeeders) continue;
        const key = dedupe.admit(release);
        if (!key) continue;
        const parsed = toParsed(
          lowSeeders ? { ...release, flags: [...release.flags, "low-seeders"] } : release,
          key,
          query,
          nowMs,
        );
        fresh.push(parsed);
      }
      counts.releases += fresh.length;
      counts.succeeded++;
      push({ type: "results", indexer: ref, releases: fresh, received: raw.length, elapsedMs });
      await options.hooks?.succeeded?.(indexer, raw.length, elapsedMs).catch(() => undefined);
    } catch (cause) {
      const elapsedMs = now() - t0;
      if (finished.has(indexer.id)) return;
      finished.add(indexer.id);
      // The caller went away (closed tab, new search): not the indexer's fault, nothing to report.
      if (options.signal?.aborted && !deadline.aborted) return;
      const error =
        timeoutError(cause, indexer, signal, deadline, options.deadlineMs) ?? toIndexerError(cause, indexer.name);
      counts.failed++;
      push({ type: "failed", indexer: ref, kind: error.kind, message: error.message, elapsedMs });
      await options.hooks?.failed?.(indexer, error, elapsedMs).catch(() => undefined);
    }
  };

  let pending = indexers.length;
  for (const indexer of indexers) {
    void run(indexer).finally(() => {
      pending--;
      wake?.();
    });
  }

  while (pending > 0 || queue.length > 0) {
    if (queue.length === 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
      continue;
    }
    yield queue.shift()!;
  }
  yield { type: "done", elapsedMs: now() - started, duplicates: dedupe.duplicates, ...counts };
}

/** Rejects when the signal fires even if the adapter ignores it (a body that never ends). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined); // it will reject on the same abort; nobody else waits for it
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function timeoutError(
  cause: unknown,
  indexer: FanOutIndexer,
  signal: AbortSignal,
  deadline: AbortSignal,
  deadlineMs: number,
): IndexerRequestError | null {
  if (!signal.aborted) return null;
  if (deadline.aborted) {
    return new IndexerRequestError(
      "timeout",
      `${indexer.name} did not answer before the search deadline (${duration(deadlineMs)})`,
      { cause },
    );
  }
  if (signal.reason instanceof DOMException && signal.reason.name === "TimeoutError") {
    return new IndexerRequestError("timeout", `${indexer.name} did not answer within ${duration(indexer.timeoutMs)}`, {
      cause,
    });
  }
  return null;
}

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);
