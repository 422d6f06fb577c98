import { describe, expect, it } from "vitest";
import { candidate, context, profileNamed, verdict } from "@/tests/helpers/quality";

import { formatScoreMinimum } from "./format-score.spec";
describe("custom-format-score", () => {
  const formats = [
    {
      id: "x265",
      name: "x265",
      includeWhenRenaming: false,
      conditions: [
        { type: "releaseTitle" as const, name: "x265", pattern: "[xh][ .]?265|hevc", negate: false, required: true },
      ],
    },
  ];
  const profile = { ...profileNamed("Any"), minFormatScore: 0, formatScores: { x265: -100 } };
  it("rejects below the minimum and names the formats", () => {
    expect(
      verdict(formatScoreMinimum, candidate("Fight.Club.1999.1080p.BluRay.x265-GRP"), context({ formats, profile })),
    ).toMatchObject({
      ok: false,
      reason: "Custom-format score -100 (x265 -100) is below the profile\x27s minimum of 0",
    });
    expect(
      verdict(formatScoreMinimum, candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"), context({ formats, profile })).ok,
    ).toBe(true);
  });
});
