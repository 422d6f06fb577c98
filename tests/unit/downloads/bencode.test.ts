import { describe, expect, it } from "vitest";
import { readTorrent } from "@/lib/downloads";

const bytes = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
const str = (s: string) => `${Buffer.byteLength(s, "latin1")}:${s}`;

/** #16.15: a "__proto__" key in a .torrent is data, not the parsed object's prototype. */
describe("bencode reader", () => {
  it("a __proto__ key in the info dictionary does not make up a length or name", () => {
    const info =
      `d${str("__proto__")}d${str("length")}i999999e${str("name")}${str("evil")}e` +
      `${str("files")}l d${str("length")}i5e${str("path")}l${str("a.mkv")}ee e`.replace(/ /g, "") +
      `${str("name")}${str("Movie")}${str("piece length")}i16384e${str("pieces")}${str("x".repeat(20))}e`;
    const meta = readTorrent(bytes(`d${str("info")}${info}e`));
    expect(meta.name).toBe("Movie");
    expect(meta.files).toEqual([{ path: "Movie/a.mkv", length: 5 }]);
    expect(meta.totalSize).toBe(5);
  });

  it("a __proto__ key at the top does not supply a missing info dictionary", () => {
    const info = `d${str("length")}i5e${str("name")}${str("x")}${str("piece length")}i1e${str("pieces")}${str("y".repeat(20))}e`;
    expect(() => readTorrent(bytes(`d${str("__proto__")}d${str("info")}${info}ee`))).toThrow(/no info dictionary/);
  });
});
