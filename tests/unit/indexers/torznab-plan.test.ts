import { describe, expect, it } from "vitest";
import type { IndexerCaps } from "@/lib/indexers";
import { planRequests } from "@/lib/indexers/torznab/plan";

const caps = (movie: string[], tv: string[]): IndexerCaps => ({
  search: { available: true, params: ["q"] },
  movieSearch: { available: movie.length > 0, params: movie },
  tvSearch: { available: tv.length > 0, params: tv },
  categories: [],
  limits: null,
  server: { title: null, version: null },
});

describe("request planning from caps", () => {
  it("searches movies by imdb/tmdb id when supported, then by text", () => {
    const plans = planRequests(
      { type: "movie", q: "Fight Club", year: 1999, imdbId: "tt0137523", tmdbId: 550 },
      caps(["q", "imdbid", "tmdbid"], []),
      [2040, 5040],
    );
    expect(plans).toEqual([
      { t: "movie", imdbid: "0137523", tmdbid: "550", cat: "2040" },
      { t: "movie", q: "Fight Club 1999", cat: "2040" },
    ]);
  });

  it("falls back to t=search with the title and year when movie-search is missing", () => {
    expect(planRequests({ type: "movie", q: "Fight Club", year: 1999, imdbId: "tt0137523" }, caps([], []), [])).toEqual(
      [{ t: "search", q: "Fight Club 1999", cat: "2000" }],
    );
  });

  it("searches episodes by tvdbid + season + ep, then by text; text S01E01 when tv-search lacks ep", () => {
    const query = { type: "tv" as const, q: "Game of Thrones", tvdbId: 121361, season: 1, episode: 1 };
    expect(planRequests(query, caps([], ["q", "season", "ep", "tvdbid"]), [])).toEqual([
      { t: "tvsearch", tvdbid: "121361", season: "1", ep: "1", cat: "5000" },
      { t: "tvsearch", q: "Game of Thrones", season: "1", ep: "1", cat: "5000" },
    ]);
    expect(planRequests(query, caps([], ["q"]), [])).toEqual([
      { t: "search", q: "Game of Thrones S01E01", cat: "5000" },
    ]);
  });

  it("makes RSS a t=search without q, with the configured categories", () => {
    expect(planRequests({ type: "rss" }, caps([], []), [2000, 5000])).toEqual([{ t: "search", cat: "2000,5000" }]);
  });
});
