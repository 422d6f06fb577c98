import type { Actor } from "@/lib/accounts";
import { wantedCutoffUnmet, wantedMissing } from "@/lib/automation";
import { arrIdsOf } from "../ids";
import { episodeResourcesOf, movieResourcesOf } from "./embedded-titles";
import type { PageQuery } from "./paging";

/** Mydia's Wanted pages hold at most 200 items. */
const MAX_PAGE = 200;

/**
 * Radarr's wanted/missing and wanted/cutoff: Mydia's Wanted lists (monitored, available movies
 * without a file; files below their profile's cutoff), in their order, as MovieResources.
 */
export async function arrWantedMovies(actor: Actor, which: "missing" | "cutoff", query: PageQuery) {
  const page = query.page ?? 1;
  const pageSize = Math.min(query.pageSize ?? 10, MAX_PAGE);
  const list = which === "missing" ? wantedMissing : wantedCutoffUnmet;
  const result = await list(actor, { page, pageSize, kind: "movie" });
  const ids = await arrIdsOf(
    "movie",
    result.items.map((item) => item.id),
  );
  const movies = await movieResourcesOf(
    actor,
    result.items.map((item) => ids.get(item.id)!),
  );
  return {
    page,
    pageSize,
    sortKey: query.sortKey ?? "movieMetadata.sortTitle",
    sortDirection: query.sortDirection ?? "default",
    totalRecords: result.total,
    records: result.items.flatMap((item) => movies.get(ids.get(item.id)!) ?? []),
  };
}

/**
 * Sonarr's wanted/missing and wanted/cutoff: Mydia's Wanted lists (monitored episodes that aired
 * without a file; files below their profile's cutoff), in their order, as EpisodeResources.
 */
export async function arrWantedEpisodes(
  actor: Actor,
  which: "missing" | "cutoff",
  query: PageQuery & { includeSeries?: boolean; includeEpisodeFile?: boolean },
) {
  const page = query.page ?? 1;
  const pageSize = Math.min(query.pageSize ?? 10, MAX_PAGE);
  const list = which === "missing" ? wantedMissing : wantedCutoffUnmet;
  const result = await list(actor, { page, pageSize, kind: "episode" });
  const ids = await arrIdsOf(
    "episode",
    result.items.map((item) => item.id),
  );
  const episodes = await episodeResourcesOf(
    actor,
    result.items.map((item) => ids.get(item.id)!),
    { series: query.includeSeries, file: query.includeEpisodeFile },
  );
  return {
    page,
    pageSize,
    sortKey: query.sortKey ?? "episodes.airDateUtc",
    sortDirection: query.sortDirection ?? "default",
    totalRecords: result.total,
    records: result.items.flatMap((item) => episodes.get(ids.get(item.id)!) ?? []),
  };
}
