import { describe, expect, it } from "vitest";
import { pct, scoreCorpus } from "@/bench/parser/score";

// The shared corpus: Sonarr's and Radarr's parser test cases, scored on their asserted fields only.
describe("release-name corpus", () => {
  const score = scoreCorpus();

  it("gets at least 98 % of asserted fields right overall", () => {
    expect(score.overall.ok / score.overall.total, pct(score.overall)).toBeGreaterThanOrEqual(0.98);
  });

  it.each([...score.byFile.entries()].map(([file, tally]) => ({ file, tally })))(
    "gets at least 95 % right in $file",
    ({ tally }) => {
      expect(tally.ok / tally.total, pct(tally)).toBeGreaterThanOrEqual(0.95);
    },
  );
});
