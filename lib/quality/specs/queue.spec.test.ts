import { describe, expect, it } from "vitest";
import { candidate, context, q, verdict } from "@/tests/helpers/quality";

import { notQueued } from "./queue.spec";
describe("already-queued", () => {
  const queued = (quality: number) => ({
    title: "Fight.Club.1999.1080p.BluRay.x264-Q",
    guid: "qg",
    qualityId: quality,
    revision: { version: 1, real: 0 },
    formatScore: 0,
  });
  it("waits when something as good is downloading", () =>
    expect(
      verdict(
        notQueued,
        candidate("Fight.Club.1999.720p.BluRay.x264-GRP"),
        context({ queue: [queued(q("Bluray-1080p"))] }),
      ),
    ).toMatchObject({ ok: false, permanent: false }));
  it("accepts an upgrade over the queued one", () =>
    expect(
      verdict(
        notQueued,
        candidate("Fight.Club.1999.1080p.BluRay.x264-GRP"),
        context({ queue: [queued(q("Bluray-720p"))] }),
      ).ok,
    ).toBe(true));
});
