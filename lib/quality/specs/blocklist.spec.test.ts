import { describe, expect, it } from "vitest";
import { candidate, context, verdict } from "@/tests/helpers/quality";

import { notBlocklisted } from "./blocklist.spec";
describe("blocklist", () => {
  const t = "Fight.Club.1999.1080p.BluRay.x264-GRP";
  it("matches by info hash, guid, or name and size", () => {
    const c = candidate(t, { infoHash: "ABC", guid: "g1" });
    expect(
      verdict(
        notBlocklisted,
        c,
        context({
          blocklist: [{ title: "x", guid: null, indexerId: null, infoHash: "abc", protocol: "torrent", size: null }],
        }),
      ).ok,
    ).toBe(false);
    expect(
      verdict(
        notBlocklisted,
        candidate(t, { guid: "g1" }),
        context({
          blocklist: [{ title: "x", guid: "g1", indexerId: "idx1", infoHash: null, protocol: "torrent", size: null }],
        }),
      ).ok,
    ).toBe(false);
    expect(
      verdict(
        notBlocklisted,
        candidate(t, { protocol: "usenet" }),
        context({
          blocklist: [
            { title: t, guid: null, indexerId: null, infoHash: null, protocol: "usenet", size: 8 * 1024 ** 3 },
          ],
        }),
      ).ok,
    ).toBe(false);
  });
  it("lets other releases through", () =>
    expect(
      verdict(
        notBlocklisted,
        candidate(t),
        context({
          blocklist: [
            {
              title: "Other.Movie.2001.720p",
              guid: "zz",
              indexerId: null,
              infoHash: null,
              protocol: "torrent",
              size: null,
            },
          ],
        }),
      ).ok,
    ).toBe(true));
});
