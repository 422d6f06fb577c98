/**
 * Worst-case parse time over 100,000 random and mutated names (the shapes that make backtracking
 * regular expressions explode). Timing lives here, not in the unit tests: a busy CI machine must not
 * fail a test. Exits 1 when the worst name takes 2 ms or more. Run: npx tsx bench/parser/fuzz.ts [names]
 */
import { performance } from "node:perf_hooks";
import { parse } from "@/lib/release";
import { randomName, rng } from "./fuzz-names";
import { loadCorpus } from "./score";

const NAMES = Number(process.argv[2] ?? 100_000);
const WORST_MS = 2;

const corpus = loadCorpus().flatMap((f) => f.cases.map((c) => c.title));
// Warm up first: V8 compiles each regular expression on first use, which is a one-time cost, not the parser's.
const warm = rng(1);
for (const name of corpus) parse(name);
for (let i = 0; i < 5_000; i++) parse(randomName(warm, corpus));

const r = rng(20240611);
let worst = 0;
let worstName = "";
const started = performance.now();
for (let i = 0; i < NAMES; i++) {
  const name = randomName(r, corpus);
  const t0 = performance.now();
  parse(name, i % 3 === 0 ? { kind: "movie" } : i % 3 === 1 ? { kind: "tv" } : {});
  let ms = performance.now() - t0;
  if (ms > WORST_MS / 4) {
    // A single slow run can be a GC pause or a first compile; the parser's own cost is the best of a few runs.
    for (let k = 0; k < 10; k++) {
      const t1 = performance.now();
      parse(name);
      ms = Math.min(ms, performance.now() - t1);
    }
  }
  if (ms > worst) {
    worst = ms;
    worstName = name;
  }
}
const total = performance.now() - started;
console.log(
  `parser fuzz: ${NAMES.toLocaleString("en")} names in ${(total / 1000).toFixed(1)} s; worst ${worst.toFixed(3)} ms ` +
    `(limit ${WORST_MS} ms) for ${JSON.stringify(worstName.slice(0, 80))}`,
);
if (worst >= WORST_MS) process.exitCode = 1;
