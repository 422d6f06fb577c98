import { describe, expect, it } from "vitest";
import { candidate, context, episodesTarget, NOW, verdict } from "@/tests/helpers/quality";

import { seasonPack } from "./season-pack.spec";
describe("season-pack", () => {
  const pack = () => candidate("The.Office.US.S01.720p.HDTV.x264-CTU", { sizeGb: 10 });
  it("takes a pack when the whole season is wanted", () => {
    const t = episodesTarget();
    expect(verdict(seasonPack, pack(), context({ target: { ...t, episodes: t.seasonEpisodes } })).ok).toBe(true);
  });
  it("not for one episode of ten", () =>
    expect(verdict(seasonPack, pack(), context({ target: episodesTarget() })).ok).toBe(false));
  it("not before the season finished airing", () => {
    const t = episodesTarget();
    const seasonEpisodes = t.seasonEpisodes.map((e, i) => (i === 9 ? { ...e, airedAt: NOW + 86_400_000 } : e));
    expect(
      verdict(seasonPack, pack(), context({ target: { ...t, seasonEpisodes, episodes: seasonEpisodes } })),
    ).toMatchObject({ ok: false, reason: "The season has not finished airing" });
  });
});
