import { describe, expect, it } from "vitest";
import { candidate, context, movieTarget, NOW, verdict } from "@/tests/helpers/quality";

import { availability } from "./availability.spec";
describe("minimum-availability", () => {
  const c = () => candidate("Fight.Club.1999.1080p.BluRay.x264-GRP");
  it("accepts a released movie", () => expect(verdict(availability, c()).ok).toBe(true));
  it("waits for a movie still in cinemas", () => {
    const target = movieTarget({ status: "inCinemas", inCinemasAt: NOW - 86_400_000 });
    expect(verdict(availability, c(), context({ target }))).toMatchObject({ ok: false, permanent: false });
    expect(verdict(availability, c(), context({ target: { ...target, minimumAvailability: "inCinemas" } })).ok).toBe(
      true,
    );
  });
  it("counts a past digital release as released", () => {
    const target = movieTarget({ status: "inCinemas", digitalReleaseAt: NOW - 1000 });
    expect(verdict(availability, c(), context({ target })).ok).toBe(true);
  });
});
