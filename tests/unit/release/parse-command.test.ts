import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseStream } from "@/bin/commands/parse";
import { parseSummarySchema } from "@/lib/release";

describe("mydia parse", () => {
  it("turns stdin lines into JSON lines", async () => {
    const input = Readable.from([
      "The.Office.US.S02E03.720p.HDTV.x264-CTU\n",
      "\n",
      "Movie.Title.2010.1080p.BluRay.x264-GRP\n",
    ]);
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (c: Buffer) => chunks.push(c.toString()));
    const count = await parseStream(input, output, { hintKind: "movie" });
    const lines = chunks
      .join("")
      .trim()
      .split("\n")
      .map((l) => parseSummarySchema.parse(JSON.parse(l)));
    expect(count).toBe(2);
    expect(lines[0]).toMatchObject({ kind: "episode", season: 2, episodes: [3] });
    expect(lines[1]).toMatchObject({ kind: "movie", title: "Movie Title", year: 2010, quality: "Bluray-1080p" });
  });
});
