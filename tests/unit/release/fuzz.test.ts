import { describe, expect, it } from "vitest";
import { randomName, rng } from "@/bench/parser/fuzz-names";
import { loadCorpus } from "@/bench/parser/score";
import { MAX_INPUT_LENGTH, parse } from "@/lib/release";

const NAMES = 100_000;

// Correctness only: every name gets an answer. The worst-case time is bench/parser/fuzz.ts's job.
describe("parser fuzz", () => {
  it(`answers ${NAMES.toLocaleString("en")} random and mutated names without throwing`, () => {
    const corpus = loadCorpus().flatMap((f) => f.cases.map((c) => c.title));
    const r = rng(20240611);
    for (let i = 0; i < NAMES; i++) {
      const name = randomName(r, corpus);
      const result = parse(name, i % 3 === 0 ? { kind: "movie" } : i % 3 === 1 ? { kind: "tv" } : {});
      expect(typeof result.kind).toBe("string");
      expect(result.input.length).toBeLessThanOrEqual(MAX_INPUT_LENGTH);
    }
  }, 120_000);
});
