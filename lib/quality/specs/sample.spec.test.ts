import { describe, expect, it } from "vitest";
import { candidate, verdict } from "@/tests/helpers/quality";

import { notSample } from "./sample.spec";
describe("not-sample", () => {
  it("rejects samples", () =>
    expect(verdict(notSample, candidate("Fight.Club.1999.1080p.BluRay.x264-GRP.sample")).ok).toBe(false));
  it("accepts titles that merely contain the letters", () =>
    expect(verdict(notSample, candidate("Samples.of.Life.2019.1080p.WEB-DL.x264-GRP")).ok).toBe(true));
});
