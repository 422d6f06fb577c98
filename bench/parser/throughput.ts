/**
 * Names per second on one core (Node is single-threaded here) over the shared corpus,
 * for our parser and the two libraries, in the same run. Run: npx tsx bench/parser/throughput.ts
 */
import { performance } from "node:perf_hooks";
import { parse } from "@/lib/release";
import { viaCtrl, viaPtt } from "./competitors";
import { isTvCase, loadCorpus } from "./score";

const cases = loadCorpus().flatMap((f) => f.cases);
const names = cases.map((c) => c.title);
const tv = cases.map(isTvCase);

function measure(label: string, fn: (i: number) => unknown, seconds = 3): number {
  for (let i = 0; i < names.length; i++) fn(i); // warm-up
  let done = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    for (let i = 0; i < names.length; i++) fn(i);
    done += names.length;
  }
  const rate = done / ((performance.now() - t0) / 1000);
  console.log(`${label.padEnd(28)} ${Math.round(rate).toLocaleString("en").padStart(10)} names/s`);
  return rate;
}

console.log(`corpus: ${names.length} names, Node ${process.version}`);
const ours = measure("mydia lib/release", (i) => parse(names[i]));
const p = measure("parse-torrent-title", (i) => viaPtt(names[i]));
const c = measure("@ctrl/video-filename-parser", (i) => viaCtrl(names[i], tv[i]));
console.log(
  `ours vs parse-torrent-title: ${(ours / p).toFixed(2)}x, vs @ctrl/video-filename-parser: ${(ours / c).toFixed(2)}x`,
);
