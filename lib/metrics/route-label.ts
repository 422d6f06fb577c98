import { readFileSync } from "node:fs";
import path from "node:path";

interface RoutesManifest {
  staticRoutes?: { page: string; regex: string }[];
  dynamicRoutes?: { page: string; regex: string }[];
}

/**
 * Maps a request path to the route pattern that serves it (`/movies/123` → `/movies/[id]`), from
 * the build's routes manifest, so that metrics have one series per route, not per id. Next's own
 * files are grouped (`/_next/static`), anything else is "other".
 */
export function routeLabeler(distDir = path.resolve(".next")): (pathname: string) => string {
  let manifest: RoutesManifest = {};
  try {
    manifest = JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as RoutesManifest;
  } catch {
    // `npm run dev` has no manifest until a build: every request is "other".
  }
  const statics = new Set((manifest.staticRoutes ?? []).map((r) => r.page));
  const dynamics = (manifest.dynamicRoutes ?? []).map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return `/_next/${pathname.split("/")[2] ?? ""}`;
    const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
    if (statics.has(trimmed)) return trimmed;
    return dynamics.find((route) => route.regex.test(pathname))?.page ?? "other";
  };
}
