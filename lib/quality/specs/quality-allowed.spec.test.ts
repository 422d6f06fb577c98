import { describe, expect, it } from "vitest";
import { candidate, context, profileNamed, verdict } from "@/tests/helpers/quality";

import { qualityAllowed } from "./quality-allowed.spec";
describe("quality-allowed", () => {
  it("accepts a quality the profile allows", () =>
    expect(
      verdict(
        qualityAllowed,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"),
        context({ profile: profileNamed("HD-1080p") }),
      ).ok,
    ).toBe(true));
  it("rejects one it does not, naming quality and profile", () => {
    const v = verdict(
      qualityAllowed,
      candidate("Fight.Club.1999.720p.BluRay.x264-GRP"),
      context({ profile: profileNamed("HD-1080p") }),
    );
    expect(v).toEqual({ ok: false, permanent: true, reason: 'Bluray-720p is not wanted in the profile "HD-1080p"' });
  });
  it("rejects CAMs in Any", () =>
    expect(verdict(qualityAllowed, candidate("Fight.Club.1999.CAM.x264-GRP")).ok).toBe(false));
});
