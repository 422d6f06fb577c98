import { createServer, type ServerResponse } from "node:http";
import sharp from "sharp";
import { titleKey } from "@/lib/catalog";
import { fixture } from "./fake-tmdb";

/**
 * A local TMDB v3 for any number of titles: each answer is a captured TMDB response (tests/fixtures/tmdb) with the
 * title's own id, names, dates and seasons written in, so the shapes are TMDB's and the content is per title.
 * Answers search/movie, search/tv, movie/{id}, movie/{id}/release_dates, tv/{id}, tv/{id}/external_ids,
 * tv/{id}/content_ratings, tv/{id}/season/{n}, find/{id}?external_source= and posters.
 */
export interface SyntheticTitle {
  kind: "movie" | "tv";
  tmdbId: number;
  title: string;
  year: number;
  imdbId?: string;
  tvdbId?: number;
  /** Episodes per season, from season 0 (specials) when given. */
  seasons?: Record<number, number>;
  /** "daily" and "anime" series are answered the way TMDB describes talk shows and Japanese animation. */
  seriesType?: "standard" | "daily" | "anime";
}

export interface SyntheticTmdb {
  url: string;
  imageUrl: string;
  /** Requests per TMDB path kind ("search/movie", "movie", "tv/season", "find", …). */
  counts: Map<string, number>;
  requests(): number;
  stop(): Promise<void>;
}

const MOVIE_RESULT = (fixture("themoviedbapi/search/movie.json") as { results: Record<string, unknown>[] }).results[0];
const TV_RESULT = (fixture("themoviedbapi/search/tv.json") as { results: Record<string, unknown>[] }).results[0];
const MOVIE = fixture("themoviedbapi/movies/details.json") as Record<string, unknown>;
const RELEASES = fixture("themoviedbapi/movies/release_dates.json");
const TV = fixture("themoviedbapi/tv_series/details.json") as Record<string, unknown> & {
  seasons: Record<string, unknown>[];
};
const TV_IDS = fixture("themoviedbapi/tv_series/external_ids.json") as Record<string, unknown>;
const RATINGS = fixture("tmdb-api-rs/tv-content-ratings.json");
const SEASON = fixture("themoviedbapi/tv_seasons/details.json") as Record<string, unknown> & {
  episodes: Record<string, unknown>[];
};
const NOT_FOUND = fixture("tmdb-api-rs/resource-not-found.json");
const EPISODE = { ...SEASON.episodes[0], crew: [], guest_stars: [] };

const dateOf = (year: number, dayOfYear = 0) => new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

function movieResult(t: SyntheticTitle) {
  return { ...MOVIE_RESULT, id: t.tmdbId, title: t.title, original_title: t.title, release_date: dateOf(t.year, 120) };
}
function tvResult(t: SyntheticTitle) {
  return { ...TV_RESULT, id: t.tmdbId, name: t.title, original_name: t.title, first_air_date: dateOf(t.year, 30) };
}
const seasonsOf = (t: SyntheticTitle) => t.seasons ?? { 1: 10 };

function tvDetails(t: SyntheticTitle) {
  const seasons = Object.entries(seasonsOf(t)).map(([n, count]) => ({
    ...TV.seasons[0],
    id: t.tmdbId * 100 + Number(n),
    name: Number(n) === 0 ? "Specials" : `Season ${n}`,
    season_number: Number(n),
    episode_count: count,
    air_date: dateOf(t.year + Math.max(0, Number(n) - 1), 30),
  }));
  const anime = t.seriesType === "anime";
  return {
    ...TV,
    id: t.tmdbId,
    name: t.title,
    original_name: t.title,
    first_air_date: dateOf(t.year, 30),
    last_air_date: dateOf(t.year + seasons.length, 30),
    number_of_seasons: seasons.filter((s) => s.season_number > 0).length,
    number_of_episodes: seasons.reduce((n, s) => n + s.episode_count, 0),
    seasons,
    status: "Ended",
    in_production: false,
    next_episode_to_air: null,
    last_episode_to_air: null,
    type: t.seriesType === "daily" ? "Talk Show" : "Scripted",
    original_language: anime ? "ja" : "en",
    genres: anime ? [{ id: 16, name: "Animation" }] : TV.genres,
  };
}

function season(t: SyntheticTitle, n: number) {
  const count = seasonsOf(t)[n];
  if (count === undefined) return null;
  // Daily shows: one episode a day from the season's first day, so dates in file names find them.
  const first = dateOf(t.year + Math.max(0, n - 1), 30);
  return {
    ...SEASON,
    _id: `${t.tmdbId}-${n}`,
    id: t.tmdbId * 100 + n,
    name: n === 0 ? "Specials" : `Season ${n}`,
    season_number: n,
    air_date: first,
    episodes: Array.from({ length: count }, (_, i) => ({
      ...EPISODE,
      id: t.tmdbId * 10_000 + n * 500 + i + 1,
      show_id: t.tmdbId,
      season_number: n,
      episode_number: i + 1,
      name: `Episode ${i + 1}`,
      air_date: new Date(Date.parse(first) + i * 86_400_000).toISOString().slice(0, 10),
    })),
  };
}

export async function startSyntheticTmdb(titles: SyntheticTitle[]): Promise<SyntheticTmdb> {
  const byId = { movie: new Map<number, SyntheticTitle>(), tv: new Map<number, SyntheticTitle>() };
  const byKey = { movie: new Map<string, SyntheticTitle[]>(), tv: new Map<string, SyntheticTitle[]>() };
  const byImdb = new Map<string, SyntheticTitle>();
  const byTvdb = new Map<number, SyntheticTitle>();
  for (const t of titles) {
    byId[t.kind].set(t.tmdbId, t);
    const key = titleKey(t.title);
    byKey[t.kind].set(key, [...(byKey[t.kind].get(key) ?? []), t]);
    if (t.imdbId) byImdb.set(t.imdbId, t);
    if (t.tvdbId) byTvdb.set(t.tvdbId, t);
  }
  const counts = new Map<string, number>();
  let total = 0;
  const poster = await sharp({ create: { width: 500, height: 750, channels: 3, background: { r: 60, g: 70, b: 110 } } })
    .jpeg()
    .toBuffer();
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json;charset=utf-8" });
    res.end(JSON.stringify(body));
  };
  const page = (results: unknown[]) => ({ page: 1, results, total_pages: 1, total_results: results.length });

  const answer = (tmdbPath: string, query: URLSearchParams): [number, unknown] => {
    const parts = tmdbPath.split("/");
    if (parts[0] === "search" && (parts[1] === "movie" || parts[1] === "tv")) {
      const kind = parts[1];
      const key = titleKey(query.get("query") ?? "");
      // TMDB finds a title from any part of its name: the same title first, then the ones that contain the words.
      const same = byKey[kind].get(key) ?? [];
      const containing =
        key.length >= 4 ? [...byKey[kind]].filter(([k]) => k !== key && k.includes(key)).flatMap(([, l]) => l) : [];
      const results = [...same, ...containing].slice(0, 20);
      return [200, page(results.map((t) => (kind === "movie" ? movieResult(t) : tvResult(t))))];
    }
    if (parts[0] === "find") {
      const source = query.get("external_source");
      const external = decodeURIComponent(parts[1] ?? "");
      const t =
        source === "imdb_id" ? byImdb.get(external) : source === "tvdb_id" ? byTvdb.get(Number(external)) : null;
      return [
        200,
        {
          movie_results: t?.kind === "movie" ? [movieResult(t)] : [],
          person_results: [],
          tv_results: t?.kind === "tv" ? [tvResult(t)] : [],
          tv_episode_results: [],
          tv_season_results: [],
        },
      ];
    }
    const id = Number(parts[1]);
    if (parts[0] === "movie") {
      const t = byId.movie.get(id);
      if (!t) return [404, NOT_FOUND];
      if (parts[2] === "release_dates") return [200, { ...(RELEASES as object), id }];
      if (parts.length > 2) return [404, NOT_FOUND];
      return [
        200,
        {
          ...MOVIE,
          id,
          imdb_id: t.imdbId ?? null,
          title: t.title,
          original_title: t.title,
          release_date: dateOf(t.year, 120),
          belongs_to_collection: null,
        },
      ];
    }
    if (parts[0] === "tv") {
      const t = byId.tv.get(id);
      if (!t) return [404, NOT_FOUND];
      if (parts[2] === "external_ids")
        return [200, { ...TV_IDS, id, imdb_id: t.imdbId ?? null, tvdb_id: t.tvdbId ?? null }];
      if (parts[2] === "content_ratings") return [200, { ...(RATINGS as object), id }];
      if (parts[2] === "season") {
        const s = season(t, Number(parts[3]));
        return s ? [200, s] : [404, NOT_FOUND];
      }
      return parts.length > 2 ? [404, NOT_FOUND] : [200, tvDetails(t)];
    }
    return [404, NOT_FOUND];
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    total++;
    if (url.pathname.startsWith("/t/p/")) {
      res.writeHead(200, { "content-type": "image/jpeg", "content-length": String(poster.length) });
      res.end(poster);
      return;
    }
    const tmdbPath = url.pathname.replace(/^\/3\//, "");
    const kind = tmdbPath
      .split("/")
      .filter((p) => !/^\d+$/.test(p) && !p.startsWith("tt"))
      .slice(0, 2)
      .join("/");
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const [status, body] = answer(tmdbPath, url.searchParams);
    send(res, status, body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/3`,
    imageUrl: `http://127.0.0.1:${port}/t/p`,
    counts,
    requests: () => total,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
