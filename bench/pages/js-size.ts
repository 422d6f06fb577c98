/**
 * The JavaScript each page makes the browser download (every `<script src>` of its HTML but the
 * `nomodule` polyfills, raw and gzip) and its HTML size, on the 1,000-title seed of bench/scale (run bench/scale/table.ts
 * --sizes 1000 --db sqlite once to create it). Needs a production build; BENCH_APP_DIR=<a built
 * checkout> measures another build.
 * Run: `npx tsx bench/pages/js-size.ts`
 */
import { gzipSync } from "node:zlib";
import { login } from "../catalog/session";
import { startOnSqliteSeed } from "../scale/seeded-app";

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const app = await startOnSqliteSeed(1000);
try {
  const cookie = await login(app.baseUrl);
  const get = async (route: string) => {
    const response = await fetch(`${app.baseUrl}${route}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`${route}: HTTP ${response.status}`);
    return response.text();
  };
  const movies = await get("/movies");
  const tv = await get("/tv");
  const movie = /href="(\/movies\/[0-9a-f-]{36})"/.exec(movies)?.[1];
  const series = /href="(\/tv\/[0-9a-f-]{36})"/.exec(tv)?.[1];
  const pages = [
    "/",
    "/movies",
    ...(movie ? [movie] : []),
    "/tv",
    ...(series ? [series] : []),
    "/calendar",
    "/calendar?view=agenda",
    "/wanted",
    "/activity",
    "/activity?tab=history",
    "/search",
    "/discover",
    "/requests",
    "/settings/general",
    "/settings/libraries",
    "/settings/quality",
    "/system",
    "/profile",
  ];
  const sizes = new Map<string, { raw: number; gzip: number }>();
  console.log(`${"page".padEnd(28)} ${"JS raw".padStart(8)} ${"gzip".padStart(8)}  files  HTML`);
  for (const route of pages) {
    const html = await get(route);
    // `nomodule` scripts (Next's polyfills) are for browsers without ES modules: others skip them.
    const scripts = [
      ...new Set(
        [...html.matchAll(/<script([^>]*)>/g)]
          .filter((m) => !/nomodule/i.test(m[1]))
          .flatMap((m) => /src="([^"]+)"/.exec(m[1])?.[1] ?? []),
      ),
    ];
    let raw = 0;
    let gzip = 0;
    for (const src of scripts) {
      let size = sizes.get(src);
      if (!size) {
        const body = Buffer.from(await (await fetch(new URL(src, app.baseUrl))).arrayBuffer());
        size = { raw: body.length, gzip: gzipSync(body).length };
        sizes.set(src, size);
      }
      raw += size.raw;
      gzip += size.gzip;
    }
    console.log(
      `${route.replace(/[0-9a-f-]{36}/, "[id]").padEnd(28)} ${kb(raw).padStart(8)} ${kb(gzip).padStart(8)}  ${String(scripts.length).padStart(5)}  ${kb(html.length)}`,
    );
  }
} finally {
  await app.stop();
}
