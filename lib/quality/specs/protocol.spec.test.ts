import { describe, expect, it } from "vitest";
import { candidate, context, verdict } from "@/tests/helpers/quality";

import { defaultDelayProfile } from "../defaults";
import { protocolEnabled } from "./protocol.spec";
describe("protocol", () => {
  it("rejects torrents when the delay profile turns them off", () => {
    const delayProfile = { ...defaultDelayProfile(), enableTorrent: false };
    expect(
      verdict(protocolEnabled, candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"), context({ delayProfile })).ok,
    ).toBe(false);
    expect(
      verdict(
        protocolEnabled,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP", { protocol: "usenet" }),
        context({ delayProfile }),
      ).ok,
    ).toBe(true);
  });
});
