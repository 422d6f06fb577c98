import { describe, expect, it } from "vitest";
import { candidate, context, verdict } from "@/tests/helpers/quality";

import { usenetMinimumAge } from "./minimum-age.spec";
describe("usenet-minimum-age", () => {
  const t = "Fight.Club.1999.1080p.BluRay.x264-GRP";
  const settings = { retentionDays: 0, minimumAgeMinutes: 30, minimumFreeSpaceMb: 100 };
  it("holds fresh posts for a while", () => {
    expect(
      verdict(usenetMinimumAge, candidate(t, { protocol: "usenet", ageHours: 0.25 }), context({ settings })),
    ).toMatchObject({ ok: false, permanent: false });
    expect(verdict(usenetMinimumAge, candidate(t, { protocol: "usenet", ageHours: 1 }), context({ settings })).ok).toBe(
      true,
    );
  });
});
