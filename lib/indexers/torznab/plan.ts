import type { IndexerCaps } from "../indexer.types";
import { categoriesFor, textOf, type SearchQuery } from "../search/query";

export type RequestParams = Record<string, string>;

const supports = (mode: { available: boolean; params: string[] }, param: string) =>
  mode.available && mode.params.includes(param);

/**
 * The requests to try for a query, best first: an id-based search when the caps allow it, then
 * the text fallback. Each entry is a complete parameter set without apikey/offset/limit.
 */
export function planRequests(query: SearchQuery, caps: IndexerCaps, configuredCategories: number[]): RequestParams[] {
  const cats = categoriesFor(query, configuredCategories);
  const withCats = (params: RequestParams): RequestParams =>
    cats.length ? { ...params, cat: cats.join(",") } : params;
  const text = textOf(query);

  if (query.type === "rss") return [withCats({ t: "search" })];
  if (query.type === "search") return [withCats({ t: "search", q: query.q ?? "" })];

  const plans: RequestParams[] = [];
  if (query.type === "movie") {
    const mode = caps.movieSearch;
    const ids: RequestParams = {};
    if (query.imdbId && supports(mode, "imdbid")) ids.imdbid = query.imdbId.replace(/^tt/, "");
    if (query.tmdbId && supports(mode, "tmdbid")) ids.tmdbid = String(query.tmdbId);
    if (Object.keys(ids).length) plans.push(withCats({ t: "movie", ...ids }));
    if (text) {
      const byYear = query.year !== undefined && supports(mode, "year") && !!query.q;
      if (supports(mode, "q"))
        plans.push(withCats(byYear ? { t: "movie", q: query.q!, year: String(query.year) } : { t: "movie", q: text }));
      else plans.push(withCats({ t: "search", q: text }));
    }
    return dedupe(plans);
  }

  const mode = caps.tvSearch;
  const episodeParams: RequestParams = {};
  if (query.season !== undefined && supports(mode, "season")) episodeParams.season = String(query.season);
  if (query.episode !== undefined && supports(mode, "ep")) episodeParams.ep = String(query.episode);
  const episodeSupported =
    (query.season === undefined || "season" in episodeParams) && (query.episode === undefined || "ep" in episodeParams);
  const ids: RequestParams = {};
  if (query.tvdbId && supports(mode, "tvdbid")) ids.tvdbid = String(query.tvdbId);
  if (query.tmdbId && supports(mode, "tmdbid")) ids.tmdbid = String(query.tmdbId);
  if (query.imdbId && supports(mode, "imdbid")) ids.imdbid = query.imdbId;
  if (Object.keys(ids).length && episodeSupported) plans.push(withCats({ t: "tvsearch", ...ids, ...episodeParams }));
  if (query.q) {
    if (supports(mode, "q") && episodeSupported) plans.push(withCats({ t: "tvsearch", q: query.q, ...episodeParams }));
    else plans.push(withCats({ t: "search", q: text }));
  }
  return dedupe(plans);
}

function dedupe(plans: RequestParams[]): RequestParams[] {
  const seen = new Set<string>();
  return plans.filter((plan) => {
    const key = JSON.stringify(Object.entries(plan).sort());
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Caps for an indexer that never answered t=caps: text search only. */
export const minimalCaps: IndexerCaps = {
  search: { available: true, params: ["q"] },
  tvSearch: { available: false, params: [] },
  movieSearch: { available: false, params: [] },
  categories: [],
  limits: null,
  server: { title: null, version: null },
};
