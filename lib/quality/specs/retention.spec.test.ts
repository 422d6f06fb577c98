import { describe, expect, it } from "vitest";
import { candidate, context, verdict } from "@/tests/helpers/quality";

import { usenetRetention } from "./retention.spec";
describe("usenet-retention", () => {
  const t = "Fight.Club.1999.1080p.BluRay.x264-GRP";
  const ctx = context({ settings: { retentionDays: 100, minimumAgeMinutes: 0, minimumFreeSpaceMb: 100 } });
  it("rejects posts past retention", () =>
    expect(verdict(usenetRetention, candidate(t, { protocol: "usenet", ageHours: 101 * 24 }), ctx).ok).toBe(false));
  it("accepts newer posts and torrents", () => {
    expect(verdict(usenetRetention, candidate(t, { protocol: "usenet", ageHours: 99 * 24 }), ctx).ok).toBe(true);
    expect(verdict(usenetRetention, candidate(t, { ageHours: 1000 * 24 }), ctx).ok).toBe(true);
  });
});
