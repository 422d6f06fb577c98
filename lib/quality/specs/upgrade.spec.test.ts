import { describe, expect, it } from "vitest";
import { candidate, context, profileNamed, q, verdict } from "@/tests/helpers/quality";

import { upgradesDisk } from "./upgrade.spec";
describe("upgrade", () => {
  const file = (quality: number, version = 1, formatScore = 0) => ({
    qualityId: quality,
    revision: { version, real: 0 },
    formatScore,
    releaseGroup: "OLD",
  });
  const profile = { ...profileNamed("HD-1080p"), cutoff: profileNamed("HD-1080p").items[0].id };
  it("quality first", () => {
    expect(
      verdict(
        upgradesDisk,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"),
        context({ profile, existingFiles: [file(q("HDTV-1080p"))] }),
      ).ok,
    ).toBe(true);
    expect(
      verdict(
        upgradesDisk,
        candidate("Fight.Club.1999.1080p.HDTV.x264-GRP"),
        context({ profile, existingFiles: [file(q("Bluray-1080p"))] }),
      ),
    ).toMatchObject({ ok: false, reason: "The file on disk has a better quality (Bluray-1080p)" });
  });
  it("then revision", () =>
    expect(
      verdict(
        upgradesDisk,
        candidate("Fight.Club.1999.PROPER.1080p.BluRay.x264-GRP"),
        context({ profile, existingFiles: [file(q("Bluray-1080p"))] }),
      ).ok,
    ).toBe(true));
  it("then custom-format score, by the minimum step", () => {
    const formats = [
      {
        id: "f",
        name: "GRP",
        includeWhenRenaming: false,
        conditions: [{ type: "releaseGroup" as const, name: "g", pattern: "^GRP$", negate: false, required: true }],
      },
    ];
    const p = { ...profile, formatScores: { f: 10 }, minUpgradeFormatScore: 5 };
    expect(
      verdict(
        upgradesDisk,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"),
        context({ profile: p, formats, existingFiles: [file(q("Bluray-1080p"), 1, 0)] }),
      ).ok,
    ).toBe(true);
    expect(
      verdict(
        upgradesDisk,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"),
        context({ profile: p, formats, existingFiles: [file(q("Bluray-1080p"), 1, 6)] }),
      ).ok,
    ).toBe(false);
  });
  it("not when the profile forbids upgrades", () =>
    expect(
      verdict(
        upgradesDisk,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"),
        context({ profile: { ...profile, upgradeAllowed: false }, existingFiles: [file(q("HDTV-720p"))] }),
      ).ok,
    ).toBe(false));
});
