import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * What every page's JavaScript carries: the client components of the (app) layout and the live
 * refresh, and what they import at run time (type-only imports are erased). zod (110 KB) must not
 * be among them: the event catalog's schemas load with the first live event instead.
 */
const root = path.resolve(import.meta.dirname, "../../..");
const entries = [
  "components/shell/app-shell.tsx",
  "components/live/event-cursor.tsx",
  "components/live/live-refresh.tsx",
  "components/live/use-events.ts",
];

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

/** Packages and files reached through static, non-type imports (dynamic import() is a separate chunk). */
function reach(files: string[]): { packages: Set<string>; files: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = files.map((f) => path.join(root, f));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // A "use server" module reaches the browser as references to its actions, never its imports.
    if (/^\s*["']use server["']/.test(source)) continue;
    for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
      if (match[1]) continue;
      const target = resolve(file, match[2]);
      if (target) queue.push(target);
      else if (!match[2].startsWith(".") && !match[2].startsWith("@/")) packages.add(match[2]);
    }
  }
  return { packages, files: seen };
}

describe("the JavaScript of every page", () => {
  it("does not bring zod into the layout's client components", () => {
    const { packages, files } = reach(entries);
    const zodFrom = [...files].filter((f) =>
      /from\s+"zod"/.test(readFileSync(f, "utf8").replace(/import type[^;]*;/g, "")),
    );
    expect(zodFrom.map((f) => path.relative(root, f))).toEqual([]);
    expect([...packages]).not.toContain("zod");
  });
});
