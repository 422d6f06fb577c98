import { describe, expect, it } from "vitest";
import { candidate, context, verdict } from "@/tests/helpers/quality";

import { defaultDelayProfile } from "../defaults";
import { delay } from "./delay.spec";
describe("delay", () => {
  const d = { ...defaultDelayProfile(), torrentDelayMinutes: 120, bypassIfHighestQuality: false };
  const t = "Fight.Club.1999.1080p.BluRay.x264-GRP";
  it("holds a torrent until the delay is over", () => {
    expect(verdict(delay, candidate(t, { ageHours: 1 }), context({ delayProfile: d }))).toMatchObject({
      ok: false,
      permanent: false,
      reason: "Delayed: torrent delay is 120 minutes, 60 to go",
    });
    expect(verdict(delay, candidate(t, { ageHours: 2 }), context({ delayProfile: d })).ok).toBe(true);
    expect(verdict(delay, candidate(t, { ageHours: 1, protocol: "usenet" }), context({ delayProfile: d })).ok).toBe(
      true,
    );
  });
  it("bypasses for the best quality or a high score, and for the user", () => {
    expect(
      verdict(
        delay,
        candidate("Fight.Club.1999.2160p.BluRay.REMUX.HEVC-GRP", { ageHours: 0 }),
        context({ delayProfile: { ...d, bypassIfHighestQuality: true } }),
      ).ok,
    ).toBe(true);
    expect(
      verdict(
        delay,
        candidate(t, { ageHours: 0 }),
        context({ delayProfile: { ...d, bypassIfAboveFormatScore: true, minimumFormatScore: 0 } }),
      ).ok,
    ).toBe(true);
    expect(verdict(delay, candidate(t, { ageHours: 0 }), context({ delayProfile: d, source: "interactive" })).ok).toBe(
      true,
    );
  });
});
