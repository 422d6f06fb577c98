import { describe, expect, it } from "vitest";
import { candidate, context, episodesTarget, verdict } from "@/tests/helpers/quality";

import { matchesTarget } from "./target-match.spec";
describe("matches-target", () => {
  it("accepts the movie and rejects others", () => {
    expect(verdict(matchesTarget, candidate("Fight.Club.1999.1080p.BluRay.x264-GRP")).ok).toBe(true);
    expect(verdict(matchesTarget, candidate("Fight.Club.2.2019.1080p.BluRay.x264-GRP")).ok).toBe(false);
    expect(verdict(matchesTarget, candidate("Fight.Club.2009.1080p.BluRay.x264-GRP"))).toMatchObject({
      ok: false,
      reason: "Year 2009, the movie is from 1999",
    });
  });
  it("trusts a matching TMDB id from the indexer", () =>
    expect(verdict(matchesTarget, candidate("Fight.Klub.1999.1080p.BluRay.x264-GRP", { tmdbId: 550 })).ok).toBe(true));
  it("checks series, season and episodes", () => {
    const ctx = context({ target: episodesTarget() });
    expect(verdict(matchesTarget, candidate("The.Office.US.S01E03.720p.HDTV.x264-CTU"), ctx).ok).toBe(true);
    expect(verdict(matchesTarget, candidate("The.Office.US.S01E04.720p.HDTV.x264-CTU"), ctx)).toMatchObject({
      ok: false,
      reason: "Holds none of the searched episodes",
    });
    expect(verdict(matchesTarget, candidate("Parks.and.Recreation.S01E03.720p.HDTV.x264-CTU"), ctx).ok).toBe(false);
  });
});
