import { describe, expect, it } from "vitest";
import { candidate, verdict } from "@/tests/helpers/quality";

import { notRawDisk } from "./raw-disk.spec";
describe("not-raw-disk", () => {
  it("rejects disc images", () => {
    expect(verdict(notRawDisk, candidate("Fight.Club.1999.COMPLETE.BLURAY-GRP")).ok).toBe(false);
    expect(verdict(notRawDisk, candidate("Fight.Club.1999.1080p.BluRay.AVC.BDMV-GRP")).ok).toBe(false);
  });
  it("accepts encodes", () =>
    expect(verdict(notRawDisk, candidate("Fight.Club.1999.1080p.BluRay.x264-GRP")).ok).toBe(true));
});
