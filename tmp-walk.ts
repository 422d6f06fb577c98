import { mkdtempSync } from "node:fs";
import path from "node:path";
import { writeTree } from "@/bench/scan/tree";
import { walk } from "@/lib/library/scan/walk";
const root = process.argv[2] ?? mkdtempSync("/tmp/tree-");
if (!process.argv[2]) { console.time("gen"); console.log(writeTree(path.join(root, "movies"), path.join(root, "tv"))); console.timeEnd("gen"); }
for (const c of [1, 2]) {
  const t = performance.now(); let n = 0;
  await walk(root, (b) => { n += b.length; }, {});
  console.log(c, n, (performance.now() - t).toFixed(0), "ms");
}
console.log(root);
