import type { PayloadOf } from "@/lib/jobs";
import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { NotFoundError, UnavailableError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { HttpStatusError, HttpUnavailableError } from "@/lib/http";
import { logger as rootLogger } from "@/lib/logger";
import {
  isMetadataConfigured,
  metadataProvider,
  prefetchImages,
  pruneCache,
  toMetadataError,
  type MetadataProvider,
} from "@/lib/metadata";
import { movieFieldsOf } from "./movies.service";
import { findMovieRow, movieIdsForRefresh, updateMovieRow } from "./movies.repo";
import { fetchSeriesWithSeasons, seriesFieldsOf, syncSeries, type SyncCounts } from "./series-sync";
import { findSeriesRow, seriesIdsForRefresh, updateSeriesRow } from "./series.repo";

const logger = rootLogger.child({ context: "catalog.refresh" });
const HOUR = 3_600_000;
/** Items still changing (upcoming, continuing) are refreshed twice a day; settled ones weekly. */
export const refreshAges = { activeMs: 12 * HOUR, settledMs: 7 * 24 * HOUR };

/** Payload of the `metadata.refresh` queue: one item, or (no id) every item that is due. */
export type MetadataRefreshPayload = PayloadOf<"metadata.refresh">;

export async function refreshMovie(id: string, provider?: MetadataProvider): Promise<void> {
  const row = await findMovieRow(id);
  if (!row) throw new NotFoundError("No such movie");
  const meta = await (provider ?? (await metadataProvider())).movie(row.tmdbId, { fresh: true });
  await updateMovieRow(id, movieFieldsOf(meta));
  await publish("catalog.movie.refreshed", { id, title: meta.title });
  await prefetchImages([meta.posterPath, meta.backdropPath]);
}

export async function refreshSeries(
  id: string,
  provider?: MetadataProvider,
  signal?: AbortSignal,
): Promise<SyncCounts> {
  const row = await findSeriesRow(id);
  if (!row) throw new NotFoundError("No such series");
  const { meta, seasons } = await fetchSeriesWithSeasons(provider ?? (await metadataProvider()), row.tmdbId, {
    fresh: true,
    signal,
  });
  const counts = await syncSeries(
    id,
    meta,
    seasons,
    { initial: false, monitor: row.monitor, monitorNewSeasons: row.monitorNewSeasons, airTime: row.airTime },
    async (t) => void (await updateSeriesRow(id, seriesFieldsOf(meta), t)),
  );
  await publish("catalog.series.refreshed", { id, title: meta.title, ...counts });
  await prefetchImages([meta.posterPath, meta.backdropPath]);
  return counts;
}

/**
 * "Refresh" on a movie or series page: one item is a few TMDB calls, so it runs in the request
 * and the user sees a failure at once; the scheduled sweep runs on the `metadata.refresh` queue.
 */
export async function requestRefresh(actor: Actor, kind: "movie" | "series", id: string): Promise<void> {
  assertCan(actor, "manage");
  try {
    if (kind === "movie") await refreshMovie(id);
    else await refreshSeries(id);
  } catch (error) {
    const mapped = toMetadataError(error);
    if (error instanceof HttpUnavailableError && mapped instanceof Error)
      throw new UnavailableError(`${mapped.message} The stored details are kept as they were.`);
    throw mapped;
  }
  logger.info({ kind, id, actor: actorId(actor) }, "refreshed on demand");
}

export interface RefreshSummary {
  movies: number;
  series: number;
  failed: number;
  skipped?: string;
}

/** Handler of the `metadata.refresh` queue (scheduled, and sent per item). */
export async function metadataRefreshHandler(job: {
  data: MetadataRefreshPayload;
  signal: AbortSignal;
}): Promise<RefreshSummary> {
  const { data, signal } = job;
  if (!(await isMetadataConfigured()))
    return { movies: 0, series: 0, failed: 0, skipped: "no metadata source configured" };
  const provider = await metadataProvider();
  if (data.id) {
    if (data.kind === "movie") await refreshMovie(data.id, provider);
    else await refreshSeries(data.id, provider, signal);
    return { movies: data.kind === "movie" ? 1 : 0, series: data.kind === "series" ? 1 : 0, failed: 0 };
  }
  const now = Date.now();
  const olderThan = { active: new Date(now - refreshAges.activeMs), settled: new Date(now - refreshAges.settledMs) };
  const summary: RefreshSummary = { movies: 0, series: 0, failed: 0 };
  const attempt = async (kind: "movie" | "series", id: string, run: () => Promise<unknown>) => {
    try {
      await run();
      summary[kind === "movie" ? "movies" : "series"] += 1;
    } catch (error) {
      // The provider is down: the rest would fail the same way. The run fails and says so.
      if (error instanceof HttpUnavailableError) {
        const mapped = toMetadataError(error) as Error;
        throw new UnavailableError(
          `${mapped.message} Refreshed ${summary.movies + summary.series} item(s) first; the others keep their stored details.`,
        );
      }
      // A title TMDB removed stays in the catalog as it was; other failures are retried next run.
      summary.failed += 1;
      const gone = error instanceof HttpStatusError && error.status === 404;
      logger.warn(
        { err: error, kind, id, gone },
        gone ? "TMDB no longer has this title; kept as it was" : "refresh failed",
      );
    }
  };
  if (data.kind !== "series") {
    for (const id of await movieIdsForRefresh(olderThan)) {
      signal.throwIfAborted();
      await attempt("movie", id, () => refreshMovie(id, provider));
    }
  }
  if (data.kind !== "movie") {
    for (const id of await seriesIdsForRefresh(olderThan)) {
      signal.throwIfAborted();
      await attempt("series", id, () => refreshSeries(id, provider, signal));
    }
  }
  await pruneCache(new Date(now - 7 * 24 * HOUR));
  return summary;
}
