import { describe, expect, it } from "vitest";
import { candidate, context, verdict } from "@/tests/helpers/quality";

import { freeSpace } from "./free-space.spec";
describe("free-space", () => {
  const t = "Fight.Club.1999.1080p.BluRay.x264-GRP";
  it("needs room for the download plus the reserve", () => {
    expect(verdict(freeSpace, candidate(t, { sizeGb: 8 }), context({ freeSpaceBytes: 8 * 1024 ** 3 }))).toMatchObject({
      ok: false,
      permanent: false,
    });
    expect(verdict(freeSpace, candidate(t, { sizeGb: 8 }), context({ freeSpaceBytes: 9 * 1024 ** 3 })).ok).toBe(true);
    expect(verdict(freeSpace, candidate(t), context({ freeSpaceBytes: null })).ok).toBe(true);
  });
});
