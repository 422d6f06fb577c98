import { describe, expect, it } from "vitest";
import type { InteractiveDecision } from "@/lib/automation";
import { grabTargetOf } from "@/components/indexers/grab-target";

const verdict = (episodeIds: string[]) => ({ episodeIds }) as InteractiveDecision;

describe("what a grab from interactive search is for", () => {
  it("is the movie of a movie's search", () => {
    expect(grabTargetOf({ movieId: "m1" }, undefined)).toEqual({ movieId: "m1" });
  });

  it("is every episode a season pack covers, from a season's or an episode's search", () => {
    const season = verdict(["e1", "e2", "e3"]);
    expect(grabTargetOf({ seriesId: "s1", season: 1 }, season)).toEqual({ episodeIds: ["e1", "e2", "e3"] });
    expect(grabTargetOf({ episodeId: "e2" }, season)).toEqual({ episodeIds: ["e1", "e2", "e3"] });
  });

  it("falls back to the searched episode, then to the series (the server reads the name)", () => {
    expect(grabTargetOf({ episodeId: "e2" }, verdict([]))).toEqual({ episodeIds: ["e2"] });
    expect(grabTargetOf({ seriesId: "s1" }, undefined)).toEqual({ seriesId: "s1" });
  });

  it("is nothing for free text: the user says what it is for", () => {
    expect(grabTargetOf({ q: "Dune" }, undefined)).toBeNull();
  });
});
