#!/usr/bin/env node
// The import graph between the contexts of lib/ (and app/, worker/, bin/, components/ that call
// them), from dependency-cruiser with the rules of .dependency-cruiser.cjs.
// Prints every rule violation (file → file), then the context graph; exits 1 on a violation or on
// a cycle between contexts. `--check` prints only violations and cycles (npm run lint).
import { execFileSync } from "node:child_process";

const check = process.argv.includes("--check");
const roots = ["app", "worker", "bin", "lib", "components"];
const raw = execFileSync(
  "npx",
  ["depcruise", ...roots, "--config", ".dependency-cruiser.cjs", "--output-type", "json", "--no-progress"],
  { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
);
const result = JSON.parse(raw);

const violations = result.summary.violations;
for (const v of violations) {
  const comment = result.summary.ruleSetUsed.forbidden.find((r) => r.name === v.rule.name)?.comment ?? "";
  console.log(`${v.from}: imports ${v.to}  [${v.rule.name}: ${comment}]`);
}

/** lib/<context>/… → "lib/<context>"; app/… → "app"; anything else (npm packages, tests) → null. */
const nodeOf = (file) => {
  const lib = /^lib\/([^/]+)\//.exec(file);
  if (lib) return `lib/${lib[1]}`;
  const top = /^(app|worker|bin|components)\//.exec(file);
  return top ? top[1] : null;
};

const edges = new Map(); // from → Map(to → count)
for (const mod of result.modules) {
  const from = nodeOf(mod.source);
  if (!from) continue;
  for (const dep of mod.dependencies) {
    const to = nodeOf(dep.resolved);
    if (!to || to === from) continue;
    const targets = edges.get(from) ?? new Map();
    targets.set(to, (targets.get(to) ?? 0) + 1);
    edges.set(from, targets);
  }
}

// Strongly connected components (Tarjan) among lib contexts: any with more than one node is a cycle.
const contexts = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((t) => [...t.keys()])])]
  .filter((n) => n.startsWith("lib/"))
  .sort();
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
const connect = (v) => {
  index.set(v, counter);
  low.set(v, counter++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!w.startsWith("lib/")) continue;
    if (!index.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
};
for (const c of contexts) if (!index.has(c)) connect(c);

if (!check) {
  console.log("Imports between contexts (imports counted per file):\n");
  for (const from of [...edges.keys()].sort()) {
    const targets = [...edges.get(from).entries()].sort(([a], [b]) => a.localeCompare(b));
    console.log(`${from.padEnd(20)} → ${targets.map(([to, n]) => `${to} (${n})`).join(", ")}`);
  }
  console.log("");
}
for (const cycle of cycles) {
  const inside = cycle.flatMap((from) =>
    [...(edges.get(from)?.keys() ?? [])].filter((to) => cycle.includes(to)).map((to) => `${from} → ${to}`),
  );
  console.log(`cycle between contexts: ${cycle.join(", ")}\n  ${inside.join("\n  ")}`);
}
console.log(
  `${violations.length} rule violation(s), ${cycles.length} cycle(s) between ${contexts.length} contexts` +
    (cycles.length === 0 ? ": the context graph is acyclic." : "."),
);
process.exit(violations.length > 0 || cycles.length > 0 ? 1 : 0);
