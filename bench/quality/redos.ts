/**
 * ReDoS (#16.7): a custom format with ^(a+)+$ judged against an indexer title of 31 "a" and "!".
 * Prints the worst-case time of one evaluation on the engine Mydia uses for user patterns (RE2),
 * the same pattern on the JavaScript engine for shorter titles (exponential growth, for contrast),
 * and the latency of a health endpoint served by the same process while the attack case is judged
 * back to back for three seconds. Run: npx tsx bench/quality/redos.ts
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { matchFormats, defaultQualityProfiles, type CustomFormat } from "@/lib/quality";
import { parse } from "@/lib/release";

const PATTERN = "^(a+)+$";
const attack = `${"a".repeat(31)}!`;
const formats: CustomFormat[] = [
  {
    id: "evil",
    name: "Evil",
    includeWhenRenaming: false,
    conditions: [{ type: "releaseTitle", name: "evil", negate: false, required: true, pattern: PATTERN }],
  },
];
const profile = { ...defaultQualityProfiles()[0], formatScores: { evil: 10 } };
const input = (title: string) => ({
  title,
  release: parse(title),
  size: null,
  flags: [],
  releaseType: "unknown" as const,
});

function evaluate(title: string): number {
  const start = performance.now();
  matchFormats(formats, profile, input(title));
  return performance.now() - start;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function main() {
  const cold = evaluate(attack);
  const times = Array.from({ length: 1000 }, () => evaluate(attack));
  console.log(
    `RE2 (Mydia): first (cold) evaluation, pattern compiled and code not yet optimized: ${cold.toFixed(1)} ms`,
  );
  console.log(
    `RE2 (Mydia): one evaluation of ${PATTERN} on 31×"a"+"!": median ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms, worst ${Math.max(...times).toFixed(2)} ms (1,000 runs)`,
  );
  const long = `${"a".repeat(100_000)}!`;
  console.log(`RE2 (Mydia): the same on a 100,001-character title: ${evaluate(long).toFixed(1)} ms`);

  for (const n of [20, 22, 24, 26]) {
    const re = new RegExp(PATTERN, "i");
    const start = performance.now();
    re.test(`${"a".repeat(n)}!`);
    console.log(
      `JavaScript RegExp (before): ${n}×"a"+"!": ${(performance.now() - start).toFixed(0)} ms (doubles per character)`,
    );
  }

  const server = createServer((_req, res) => res.end('{"status":"ok"}'));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/health`;
  let attacking = true;
  let evaluations = 0;
  const attacker = (async () => {
    const until = performance.now() + 3000;
    while (performance.now() < until) {
      evaluate(attack);
      evaluations++;
      if (evaluations % 50 === 0) await yieldToLoop();
    }
    attacking = false;
  })();
  const latencies: number[] = [];
  while (attacking) {
    const start = performance.now();
    await fetch(url).then((r) => r.text());
    latencies.push(performance.now() - start);
  }
  await attacker;
  server.close();
  console.log(
    `health latency while judging the attack case back to back (${evaluations.toLocaleString("en")} evaluations in 3 s, same process): ` +
      `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} requests`,
  );
}

void main();
