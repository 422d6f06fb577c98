import { describe, expect, it } from "vitest";
import { candidate, context, verdict } from "@/tests/helpers/quality";

import { minimumSeeders } from "./seeders.spec";
describe("minimum-seeders", () => {
  const t = "Fight.Club.1999.1080p.BluRay.x264-GRP";
  it("rejects torrents without seeders", () =>
    expect(verdict(minimumSeeders, candidate(t, { seeders: 0 }))).toMatchObject({
      ok: false,
      reason: "0 seeders, the indexer asks for at least 1",
    }));
  it("uses the indexer minimum", () => {
    const ctx = context({ indexers: { idx1: { name: "x", priority: 25, disabledUntil: null, minimumSeeders: 10 } } });
    expect(verdict(minimumSeeders, candidate(t, { seeders: 9 }), ctx).ok).toBe(false);
    expect(verdict(minimumSeeders, candidate(t, { seeders: 10 }), ctx).ok).toBe(true);
  });
  it("ignores usenet and unknown counts", () => {
    expect(verdict(minimumSeeders, candidate(t, { protocol: "usenet", seeders: 0 })).ok).toBe(true);
    expect(verdict(minimumSeeders, candidate(t, { seeders: null })).ok).toBe(true);
  });
});
