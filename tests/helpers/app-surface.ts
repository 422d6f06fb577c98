import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * What the app exposes, read from the code in app/ (not from a list kept by hand): every route
 * handler with each exported HTTP method, every page and every server action.
 */
export interface RouteHandler {
  /** Next's route pattern, e.g. /api/v1/movies/[id]. */
  pattern: string;
  method: string;
  file: string;
}
export interface PageRoute {
  pattern: string;
  file: string;
}
export interface ServerAction {
  /** app/…/actions.ts#exportName, the key of the rules table and of the build's action manifest. */
  key: string;
  file: string;
  name: string;
}

const APP = "app";
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** app/(app)/movies/[id]/page.tsx → /movies/[id]; route groups "(x)" leave no trace in the URL. */
export function patternOf(file: string): string {
  const segments = path
    .dirname(path.relative(APP, file))
    .split(path.sep)
    .filter((s) => s !== "." && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export function routeHandlers(): RouteHandler[] {
  return filesUnder(APP)
    .filter((f) => path.basename(f) === "route.ts")
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const declared = [
        ...source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/g),
        ...source.matchAll(/\bas\s+([A-Z]+)\b/g),
        ...[...source.matchAll(/export\s+const\s+\{([^}]*)\}/g)].flatMap((m) =>
          m[1].split(",").map((name) => [name, name.trim()]),
        ),
      ].map((m) => m[1]);
      const methods = [...new Set(declared.filter((m) => METHODS.includes(m)))];
      return methods.map((method) => ({ pattern: patternOf(file), method, file }));
    })
    .sort((a, b) => `${a.pattern} ${a.method}`.localeCompare(`${b.pattern} ${b.method}`));
}

export function pages(): PageRoute[] {
  return filesUnder(APP)
    .filter((f) => path.basename(f) === "page.tsx")
    .map((file) => ({ pattern: patternOf(file), file }))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

export function serverActions(): ServerAction[] {
  return filesUnder(APP)
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")))
    .flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/export\s+(?:async\s+function|const)\s+([A-Za-z0-9_]+)/g)].map((m) => ({
        key: `${file}#${m[1]}`,
        file,
        name: m[1],
      })),
    )
    .sort((a, b) => a.key.localeCompare(b.key));
}
