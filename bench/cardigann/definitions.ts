/**
 * How many Cardigann v11 definitions load, validate and are runnable by the engine's feature set.
 * Usage: npx tsx bench/cardigann/definitions.ts [folder]   (default: tests/fixtures/cardigann/definitions/v11)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DefinitionError, loadDefinition } from "@/lib/indexers/cardigann/load";

const folder = process.argv[2] ?? path.resolve(import.meta.dirname, "../../tests/fixtures/cardigann/definitions/v11");
const files = readdirSync(folder)
  .filter((f) => f.endsWith(".yml"))
  .sort();
const invalid: string[] = [];
const unsupported: string[] = [];
const caveats = new Map<string, string[]>();
let runnable = 0;
const started = performance.now();
for (const file of files) {
  try {
    const result = loadDefinition(readFileSync(path.join(folder, file), "utf8"));
    if (result.unsupported.length) unsupported.push(`${file}: ${result.unsupported.join("; ")}`);
    else runnable++;
    for (const warning of result.warnings) {
      const key = warning.replace(/ in field .*| \(".*/, "").slice(0, 90);
      caveats.set(key, [...(caveats.get(key) ?? []), file.replace(/\.yml$/, "")]);
    }
  } catch (error) {
    invalid.push(`${file}: ${error instanceof DefinitionError ? error.problems.join("; ") : (error as Error).message}`);
  }
}
const ms = performance.now() - started;
console.log(`definitions: ${files.length}`);
console.log(`load + validate (zod, v11 schema): ${files.length - invalid.length}`);
console.log(`runnable end to end by the engine: ${runnable}`);
console.log(`not runnable: ${unsupported.length}`);
console.log(`time: ${ms.toFixed(0)} ms (${(ms / files.length).toFixed(2)} ms per definition)`);
if (invalid.length) console.log(`\ninvalid:\n  ${invalid.join("\n  ")}`);
console.log(`\nnot runnable, and why:\n  ${unsupported.join("\n  ")}`);
console.log("\nrunnable with a caveat:");
for (const [caveat, ids] of caveats) console.log(`  ${ids.length} × ${caveat}: ${ids.join(", ")}`);
