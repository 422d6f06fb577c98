/**
 * Throughput of the parser at another commit and now, in one process, alternating short slices and counting the
 * process's CPU time (not wall time), so that other work on a busy machine slows neither. The other commit's lib/release is exported with `git archive` to a temporary folder
 * (kept per commit, so re-runs are cheap). Run: npx tsx bench/parser/before-after.ts <git-ref> [rounds]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { loadCorpus } from "./score";

type Parse = (name: string) => unknown;

const ref = process.argv[2];
const ROUNDS = Number(process.argv[3] ?? 20);
if (!ref) {
  console.error("usage: npx tsx bench/parser/before-after.ts <git-ref> [rounds]");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "../..");
const sha = execFileSync("git", ["rev-parse", ref], { cwd: root, encoding: "utf8" }).trim();
const dir = path.join(tmpdir(), `mydia-parser-${sha}`);
if (!existsSync(path.join(dir, "lib/release/parse.ts"))) {
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync("git", ["archive", sha, "lib/release"], { cwd: root });
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
}
// parse.ts only: index.ts also loads the zod summary schema, which the temporary folder cannot resolve.
// Both parsers are loaded the same way, so that neither pays for a different module format.
const old = (await import(pathToFileURL(path.join(dir, "lib/release/parse.ts")).href)) as { parse: Parse };
const { parse } = (await import(pathToFileURL(path.join(root, "lib/release/parse.ts")).href)) as { parse: Parse };

const names = loadCorpus().flatMap((f) => f.cases.map((c) => c.title));
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// One loop per parser: a call site shared by both would be polymorphic and slow one of them down.
function sliceOld(ms: number): number {
  let done = 0;
  const t0 = performance.now();
  const c0 = cpuMs();
  while (performance.now() - t0 < ms) {
    for (const n of names) old.parse(n);
    done += names.length;
  }
  return done / ((cpuMs() - c0) / 1000);
}
function sliceNow(ms: number): number {
  let done = 0;
  const t0 = performance.now();
  const c0 = cpuMs();
  while (performance.now() - t0 < ms) {
    for (const n of names) parse(n);
    done += names.length;
  }
  return done / ((cpuMs() - c0) / 1000);
}
for (const n of names) {
  old.parse(n);
  parse(n);
}
const before: number[] = [];
const after: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  // Alternate which goes first, so neither always runs on a warmer or quieter machine.
  if (r % 2 === 0) {
    before.push(sliceOld(300));
    after.push(sliceNow(300));
  } else {
    after.push(sliceNow(300));
    before.push(sliceOld(300));
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number): string => Math.round(x).toLocaleString("en").padStart(10);
console.log(`corpus: ${names.length} names, ${ROUNDS} alternating rounds of 300 ms, Node ${process.version}`);
console.log(`${ref.slice(0, 12).padEnd(14)} ${fmt(median(before))} names per CPU second (median)`);
console.log(`${"now".padEnd(14)} ${fmt(median(after))} names per CPU second (median)`);
console.log(`now / ${ref.slice(0, 12)}: ${(median(after) / median(before)).toFixed(2)}x`);
