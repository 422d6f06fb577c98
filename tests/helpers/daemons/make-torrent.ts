import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Minimal .torrent creator (single file or folder) with Node built-ins, for pre-placed-data tests. */
type B = Buffer | string | number | B[] | { [key: string]: B };

function bencode(v: B): Buffer {
  if (Buffer.isBuffer(v)) return Buffer.concat([Buffer.from(`${v.length}:`), v]);
  if (typeof v === "string") return bencode(Buffer.from(v, "utf8"));
  if (typeof v === "number") return Buffer.from(`i${Math.trunc(v)}e`);
  if (Array.isArray(v)) return Buffer.concat([Buffer.from("l"), ...v.map(bencode), Buffer.from("e")]);
  const keys = Object.keys(v).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return Buffer.concat([Buffer.from("d"), ...keys.flatMap((k) => [bencode(k), bencode(v[k])]), Buffer.from("e")]);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export function makeTorrent(target: string, pieceLength = 262_144): { data: Buffer; infoHash: string } {
  const isDir = statSync(target).isDirectory();
  const files = isDir ? walk(target) : [target];
  const content = Buffer.concat(files.map((f) => readFileSync(f)));
  const pieces: Buffer[] = [];
  for (let o = 0; o < content.length; o += pieceLength)
    pieces.push(
      createHash("sha1")
        .update(content.subarray(o, o + pieceLength))
        .digest(),
    );
  const info: { [key: string]: B } = {
    name: path.basename(target),
    "piece length": pieceLength,
    pieces: Buffer.concat(pieces),
  };
  if (isDir)
    info.files = files.map((f) => ({ length: statSync(f).size, path: path.relative(target, f).split(path.sep) }));
  else info.length = content.length;
  const data = bencode({ announce: "http://127.0.0.1:1/announce", "created by": "mydia-tests", info });
  return { data, infoHash: createHash("sha1").update(bencode(info)).digest("hex") };
}
