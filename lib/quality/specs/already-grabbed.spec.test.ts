import { describe, expect, it } from "vitest";
import { candidate, context, verdict } from "@/tests/helpers/quality";

import { notGrabbedBefore } from "./already-grabbed.spec";
describe("already-grabbed", () => {
  it("never grabs the same release twice", () => {
    const c = candidate("Fight.Club.1999.1080p.BluRay.x264-GRP", { guid: "g-1" });
    expect(verdict(notGrabbedBefore, c, context({ grabbed: ["g-1"] })).ok).toBe(false);
    expect(verdict(notGrabbedBefore, c, context({ grabbed: ["g-2"] })).ok).toBe(true);
  });
});
