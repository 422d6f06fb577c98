import { describe, expect, it } from "vitest";
import { candidate, context, profileNamed, q, verdict } from "@/tests/helpers/quality";

import { cutoffNotMet } from "./cutoff.spec";
describe("cutoff", () => {
  const file = (quality: number, formatScore = 0) => ({
    qualityId: quality,
    revision: { version: 1, real: 0 },
    formatScore,
    releaseGroup: "GRP",
  });
  const profile = profileNamed("HD-1080p");
  it("stops upgrading once the file meets the cutoff", () => {
    const p = { ...profile, cutoff: profile.items.find((i) => i.name === "HDTV-1080p")!.id };
    expect(
      verdict(
        cutoffNotMet,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"),
        context({ profile: p, existingFiles: [file(q("HDTV-1080p"))] }),
      ).ok,
    ).toBe(false);
  });
  it("keeps going below the cutoff or below the custom-format cutoff", () => {
    const p = { ...profile, cutoff: profile.items.find((i) => i.name === "Bluray-1080p")!.id };
    expect(
      verdict(
        cutoffNotMet,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"),
        context({ profile: p, existingFiles: [file(q("HDTV-1080p"))] }),
      ).ok,
    ).toBe(true);
    expect(
      verdict(
        cutoffNotMet,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"),
        context({ profile: { ...profile, cutoffFormatScore: 100 }, existingFiles: [file(q("HDTV-1080p"), 10)] }),
      ).ok,
    ).toBe(true);
  });
  it("still takes a proper of the same quality", () =>
    expect(
      verdict(
        cutoffNotMet,
        candidate("Fight.Club.1999.PROPER.1080p.HDTV.x264-GRP"),
        context({ profile, existingFiles: [file(q("HDTV-1080p"))] }),
      ).ok,
    ).toBe(true));
});
