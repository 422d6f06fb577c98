import { describe, expect, it } from "vitest";
import { candidate, context, verdict } from "@/tests/helpers/quality";

import { repackSameGroup } from "./repack.spec";
describe("repack-same-group", () => {
  const file = { qualityId: 7, revision: { version: 1, real: 0 }, formatScore: 0, releaseGroup: "GRP" };
  it("takes a repack by the same group", () =>
    expect(
      verdict(
        repackSameGroup,
        candidate("Fight.Club.1999.REPACK.1080p.BluRay.x264-GRP"),
        context({ existingFiles: [file] }),
      ).ok,
    ).toBe(true));
  it("refuses a repack by another group", () =>
    expect(
      verdict(
        repackSameGroup,
        candidate("Fight.Club.1999.REPACK.1080p.BluRay.x264-OTHER"),
        context({ existingFiles: [file] }),
      ),
    ).toMatchObject({ ok: false, reason: "A repack by OTHER, the file on disk is by GRP" }));
});
