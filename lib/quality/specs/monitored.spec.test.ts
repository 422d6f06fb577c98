import { describe, expect, it } from "vitest";
import { candidate, context, episodesTarget, ep, movieTarget, verdict } from "@/tests/helpers/quality";

import { monitored } from "./monitored.spec";
describe("monitored", () => {
  const c = () => candidate("Fight.Club.1999.1080p.BluRay.x264-GRP");
  it("accepts a monitored movie", () => expect(verdict(monitored, c()).ok).toBe(true));
  it("rejects an unmonitored movie automatically", () =>
    expect(verdict(monitored, c(), context({ target: movieTarget({ monitored: false }) }))).toMatchObject({
      ok: false,
      permanent: true,
    }));
  it("lets the user pick anyway", () =>
    expect(
      verdict(monitored, c(), context({ source: "interactive", target: movieTarget({ monitored: false }) })).ok,
    ).toBe(true));
  it("rejects an episode nobody monitors", () => {
    const target = episodesTarget({
      seasonEpisodes: [ep(1, 3, { monitored: false })],
      episodes: [ep(1, 3, { monitored: false })],
    });
    expect(
      verdict(monitored, candidate("The.Office.US.S01E03.720p.HDTV.x264-CTU", { sizeGb: 0.5 }), context({ target })).ok,
    ).toBe(false);
  });
});
