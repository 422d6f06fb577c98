/**
 * The web process's resident memory idle and during mixed browsing: a few "users" walk the
 * Movies and TV lists (pages, sorts, genre filters), title pages, the calendar's views, Activity
 * and Wanted, one request after the other, for --minutes; RSS is sampled every 15 s. On the
 * cached SQLite seed of bench/scale (default 10,000 titles). Needs a production build;
 * BENCH_APP_DIR=<a built checkout> measures another build; BENCH_NODE_OPTIONS is passed to the app.
 * Run: `npx tsx bench/pages/memory.ts [--titles 10000] [--minutes 3] [--users 4] [--skip-wanted]`
 */
import { login } from "../catalog/session";
import { startOnSqliteSeed } from "../scale/seeded-app";
import { memoryMb, webPid } from "../scale/web-process";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const titles = Number(arg("titles", "10000"));
const minutes = Number(arg("minutes", "3"));
const users = Number(arg("users", "4"));
const skipWanted = process.argv.includes("--skip-wanted");

const app = await startOnSqliteSeed(titles);
try {
  const cookie = await login(app.baseUrl);
  const pid = webPid(app);
  const get = async (route: string) => {
    const response = await fetch(`${app.baseUrl}${route}`, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${route}: HTTP ${response.status}`);
    return body;
  };
  await get("/movies");
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const idle = memoryMb(pid);
  console.log(`idle (after one page): ${idle.rss.toFixed(0)} MB`);
  const movieIds = [...(await get("/movies?page=3")).matchAll(/href="\/movies\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
  const seriesIds = [...(await get("/tv?page=2")).matchAll(/href="\/tv\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
  const genres = ["Drama", "Comedy", "Horror", "Science%20Fiction"];
  const routes = (i: number) => [
    `/movies?page=${1 + (i % 50)}`,
    `/movies?sort=${["title", "year", "added", "rating"][i % 4]}&dir=desc`,
    `/movies?genre=${genres[i % genres.length]}`,
    `/movies/${movieIds[i % movieIds.length]}`,
    `/tv?page=${1 + (i % 10)}`,
    `/tv/${seriesIds[i % seriesIds.length]}`,
    `/calendar?view=${["month", "week", "agenda"][i % 3]}`,
    "/activity?tab=history",
    ...(skipWanted ? [] : [i % 2 ? "/wanted" : "/wanted?tab=cutoff"]),
  ];
  const deadline = Date.now() + minutes * 60_000;
  let requests = 0;
  const samples: number[] = [];
  const sampler = setInterval(() => {
    const m = memoryMb(pid);
    samples.push(m.rss);
    console.log(
      `  ${((minutes * 60_000 - (deadline - Date.now())) / 1000).toFixed(0)} s: RSS ${m.rss.toFixed(0)} MB, ${requests} requests`,
    );
  }, 15_000);
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      for (let i = user * 7; Date.now() < deadline; i++) {
        for (const route of routes(i)) {
          if (Date.now() >= deadline) break;
          await get(route);
          requests++;
        }
      }
    }),
  );
  clearInterval(sampler);
  const end = memoryMb(pid);
  console.log(
    `mixed browsing at ${titles} titles, ${users} users, ${minutes} min, ${requests} requests: RSS idle ${idle.rss.toFixed(0)} MB, ` +
      `median ${[...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]?.toFixed(0)} MB, end ${end.rss.toFixed(0)} MB, peak ${end.peak.toFixed(0)} MB`,
  );
} finally {
  await app.stop();
}
