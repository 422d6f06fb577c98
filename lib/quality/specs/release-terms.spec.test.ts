import { describe, expect, it } from "vitest";
import { candidate, context, verdict } from "@/tests/helpers/quality";

import { releaseTerms } from "./release-terms.spec";
describe("release-profile", () => {
  const base = {
    id: "r",
    name: "Mine",
    enabled: true,
    required: [] as string[],
    ignored: [] as string[],
    indexerIds: [] as string[],
    tags: [] as string[],
  };
  const t = "Fight.Club.1999.1080p.BluRay.x264-GRP";
  it("requires one of the required terms (substring or /regex/)", () => {
    expect(
      verdict(
        releaseTerms,
        candidate(t),
        context({ releaseProfiles: [{ ...base, required: ["x265", "/blu-?ray/i"] }] }),
      ).ok,
    ).toBe(true);
    expect(
      verdict(releaseTerms, candidate(t), context({ releaseProfiles: [{ ...base, required: ["x265"] }] })).ok,
    ).toBe(false);
  });
  it("rejects ignored terms", () =>
    expect(
      verdict(releaseTerms, candidate(t), context({ releaseProfiles: [{ ...base, ignored: ["-grp"] }] })),
    ).toMatchObject({ ok: false, reason: 'Contains "-grp", ignored by "Mine"' }));
  it("applies only to its indexers, tags and when enabled", () => {
    const p = { ...base, ignored: ["bluray"] };
    expect(
      verdict(releaseTerms, candidate(t), context({ releaseProfiles: [{ ...p, indexerIds: ["other"] }] })).ok,
    ).toBe(true);
    expect(verdict(releaseTerms, candidate(t), context({ releaseProfiles: [{ ...p, tags: ["anime"] }] })).ok).toBe(
      true,
    );
    expect(verdict(releaseTerms, candidate(t), context({ releaseProfiles: [{ ...p, enabled: false }] })).ok).toBe(true);
  });
});
