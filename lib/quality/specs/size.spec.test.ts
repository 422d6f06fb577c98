import { describe, expect, it } from "vitest";
import { candidate, context, episodesTarget, movieTarget, verdict } from "@/tests/helpers/quality";

import { sizeLimits } from "./size.spec";
describe("size", () => {
  it("scales limits by runtime (139 min Bluray-1080p: 4–155 MB/min)", () => {
    expect(verdict(sizeLimits, candidate("Fight.Club.1999.1080p.BluRay.x264-GRP", { sizeGb: 0.5 }))).toMatchObject({
      ok: false,
      reason: "512 MB is smaller than the Bluray-1080p minimum of 556 MB",
    });
    expect(verdict(sizeLimits, candidate("Fight.Club.1999.1080p.BluRay.x264-GRP", { sizeGb: 10 })).ok).toBe(true);
    expect(verdict(sizeLimits, candidate("Fight.Club.1999.1080p.BluRay.x264-GRP", { sizeGb: 22 })).ok).toBe(false);
  });
  it("counts every episode of a multi-episode release", () => {
    const ctx = context({ target: episodesTarget() });
    expect(verdict(sizeLimits, candidate("The.Office.US.S01E03.720p.HDTV.x264-CTU", { sizeGb: 3 }), ctx).ok).toBe(
      false,
    );
    expect(verdict(sizeLimits, candidate("The.Office.US.S01E03E04.720p.HDTV.x264-CTU", { sizeGb: 3 }), ctx).ok).toBe(
      true,
    );
  });
  it("skips when the runtime is unknown", () =>
    expect(
      verdict(
        sizeLimits,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP", { sizeGb: 0.1 }),
        context({ target: movieTarget({ runtimeMinutes: null }) }),
      ).ok,
    ).toBe(true));
});
