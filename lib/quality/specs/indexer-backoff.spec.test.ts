import { describe, expect, it } from "vitest";
import { candidate, context, NOW, verdict } from "@/tests/helpers/quality";

import { indexerBackoff } from "./indexer-backoff.spec";
describe("indexer-backoff", () => {
  const t = "Fight.Club.1999.1080p.BluRay.x264-GRP";
  const indexers = { idx1: { name: "Flaky", priority: 25, disabledUntil: NOW + 60_000, minimumSeeders: 1 } };
  it("waits while the indexer backs off", () =>
    expect(verdict(indexerBackoff, candidate(t), context({ indexers }))).toMatchObject({
      ok: false,
      permanent: false,
    }));
  it("not once it is over", () =>
    expect(verdict(indexerBackoff, candidate(t), context({ indexers, now: NOW + 120_000 })).ok).toBe(true));
});
