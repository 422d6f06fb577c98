import { describe, expect, it } from "vitest";
import { candidate, context, profileNamed, verdict } from "@/tests/helpers/quality";

import { language } from "./language.spec";
describe("language", () => {
  const french = context({ profile: { ...profileNamed("Any"), language: "French" } });
  it("wants the language of the profile", () => {
    expect(verdict(language, candidate("Fight.Club.1999.FRENCH.1080p.BluRay.x264-GRP"), french).ok).toBe(true);
    expect(verdict(language, candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"), french)).toMatchObject({
      ok: false,
      reason: "In English; the profile wants French",
    });
  });
  it("original: the movie language or no tag", () => {
    const original = context({ profile: { ...profileNamed("Any"), language: "original" } });
    expect(verdict(language, candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"), original).ok).toBe(true);
    expect(verdict(language, candidate("Fight.Club.1999.GERMAN.1080p.BluRay.x264-GRP"), original).ok).toBe(false);
  });
});
