import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import sharp from "sharp";
import { FIXTURES } from "./fake-indexer";

/**
 * A local TMDB v3 on 127.0.0.1 that replays the real captured responses in tests/fixtures/tmdb,
 * records every request, and can answer 401/429 or hang on demand.
 * Base URL `${url}` stands for https://api.themoviedb.org/3, `${imageUrl}` for https://image.tmdb.org/t/p.
 */
const root = path.join(FIXTURES, "tmdb");

export const fixture = (relative: string): unknown => JSON.parse(readFileSync(path.join(root, relative), "utf8"));

type Query = URLSearchParams;
type Route = string | ((query: Query) => string);

/** TMDB path (after /3/) → fixture file. */
const routes: Record<string, Route> = {
  "search/movie": (q) =>
    /fight/i.test(q.get("query") ?? "") ? "themoviedbapi/search/movie.json" : "tmdb-api-rs/search-movie.json",
  "search/tv": (q) => {
    const query = q.get("query") ?? "";
    if (/breaking/i.test(query)) return "themoviedbapi/search/tv.json";
    if (/rick/i.test(query)) return "tmdb-api-rs/search-tv-rick-and-morty.json";
    return "tmdb-api-rs/search-tv.json";
  },
  "movie/550": "themoviedbapi/movies/details.json",
  "movie/550/release_dates": "themoviedbapi/movies/release_dates.json",
  "movie/550/external_ids": "themoviedbapi/movies/external_ids.json",
  "tv/1399": "themoviedbapi/tv_series/details.json",
  "tv/1399/external_ids": "themoviedbapi/tv_series/external_ids.json",
  "tv/1399/content_ratings": "tmdb-api-rs/tv-content-ratings.json",
  "tv/1399/season/1": "themoviedbapi/tv_seasons/details.json",
  "trending/movie/week": "themoviedbapi/trending/movies.json",
  "trending/tv/week": "themoviedbapi/trending/tv.json",
  "trending/all/week": "themoviedbapi/trending/all.json",
  "movie/popular": "themoviedbapi/movie_lists/popular.json",
  "movie/upcoming": "themoviedbapi/movie_lists/upcoming.json",
  "movie/top_rated": "themoviedbapi/movie_lists/top_rated.json",
  "movie/now_playing": "themoviedbapi/movie_lists/now_playing.json",
  "tv/popular": "themoviedbapi/tv_series_lists/popular.json",
  "tv/top_rated": "themoviedbapi/tv_series_lists/top_rated.json",
  "tv/on_the_air": "themoviedbapi/tv_series_lists/on_the_air.json",
  "tv/airing_today": "themoviedbapi/tv_series_lists/airing_today.json",
  "discover/movie": "themoviedbapi/discover/movies.json",
  "discover/tv": "themoviedbapi/discover/tv.json",
  "genre/movie/list": "tmdb-api-rs/genre-movie-list.json",
  "genre/tv/list": "tmdb-api-rs/genre-tv-list.json",
  configuration: "themoviedbapi/configuration/details.json",
};

/**
 * TMDB's find/{external_id}, answered from the captured external ids and details of Fight Club and
 * Game of Thrones (TMDB answers empty lists, not 404, for an id it does not know).
 */
function findAnswer(externalId: string, source: string | null): unknown {
  const titles = [
    { kind: "movie", ids: "themoviedbapi/movies/external_ids.json", details: "themoviedbapi/movies/details.json" },
    { kind: "tv", ids: "themoviedbapi/tv_series/external_ids.json", details: "themoviedbapi/tv_series/details.json" },
  ] as const;
  const answer = { movie_results: [] as unknown[], person_results: [], tv_results: [] as unknown[] };
  for (const title of titles) {
    const ids = fixture(title.ids) as Record<string, unknown>;
    if (!source || String(ids[source]) !== externalId) continue;
    const details = fixture(title.details) as Record<string, unknown>;
    const { seasons: _seasons, ...summary } = details;
    (title.kind === "movie" ? answer.movie_results : answer.tv_results).push({ ...summary, media_type: title.kind });
  }
  return answer;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
}

export type Override = { status: number; body: unknown; headers?: Record<string, string> } | { hang: true };

export interface FakeTmdb {
  /** Stands for https://api.themoviedb.org/3 */
  url: string;
  /** Stands for https://image.tmdb.org/t/p */
  imageUrl: string;
  requests: RecordedRequest[];
  /** Requests to TMDB paths (after /3/), in order. */
  paths(): string[];
  /** Replace the answer for one path ("tv/1399/season/1") or every path ("*"), until cleared. */
  override(tmdbPath: string, answer: Override): void;
  clearOverrides(): void;
  stop(): Promise<void>;
}

export async function startFakeTmdb(options: { apiKey?: string; readToken?: string } = {}): Promise<FakeTmdb> {
  const requests: RecordedRequest[] = [];
  const overrides = new Map<string, Override>();
  const hanging = new Set<ServerResponse>();
  const poster = await sharp({ create: { width: 500, height: 750, channels: 3, background: { r: 60, g: 70, b: 110 } } })
    .jpeg()
    .toBuffer();

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json;charset=utf-8", ...headers });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push({ method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers: req.headers });
    if (url.pathname.startsWith("/t/p/")) {
      res.writeHead(200, { "content-type": "image/jpeg", "content-length": String(poster.length) });
      res.end(poster);
      return;
    }
    if (!url.pathname.startsWith("/3/")) return send(res, 404, fixture("tmdb-api-rs/resource-not-found.json"));
    const tmdbPath = url.pathname.slice(3);
    const override = overrides.get(tmdbPath) ?? overrides.get("*");
    if (override && "hang" in override) {
      hanging.add(res);
      res.on("close", () => hanging.delete(res));
      return;
    }
    if (override) return send(res, override.status, override.body, override.headers);
    if (options.apiKey || options.readToken) {
      const bearer = req.headers.authorization?.replace(/^Bearer\s+/i, "");
      const ok =
        (options.apiKey && url.searchParams.get("api_key") === options.apiKey) ||
        (options.readToken && bearer === options.readToken);
      if (!ok) return send(res, 401, fixture("tmdb-api-rs/invalid-api-key.json"));
    }
    if (tmdbPath.startsWith("find/"))
      return send(res, 200, findAnswer(decodeURIComponent(tmdbPath.slice(5)), url.searchParams.get("external_source")));
    const route = routes[tmdbPath];
    if (!route) return send(res, 404, fixture("tmdb-api-rs/resource-not-found.json"));
    return send(res, 200, fixture(typeof route === "string" ? route : route(url.searchParams)));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  // Never outlive the test process.
  server.unref();

  return {
    url: `${origin}/3`,
    imageUrl: `${origin}/t/p`,
    requests,
    paths: () => requests.filter((r) => r.path.startsWith("/3/")).map((r) => r.path.slice(3)),
    override: (tmdbPath, answer) => void overrides.set(tmdbPath, answer),
    clearOverrides: () => overrides.clear(),
    stop,
  };
}
