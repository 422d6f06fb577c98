import { createHash } from "node:crypto";

/** A minimal bencode reader: enough to validate a .torrent and hash its info dictionary. */
export class TorrentFileError extends Error {
  override name = "TorrentFileError";
}

export type BValue = number | Uint8Array | BValue[] | { [key: string]: BValue };

interface Cursor {
  pos: number;
  /** Byte span of the top-level "info" value. */
  info?: [number, number];
}

function readInt(data: Uint8Array, cur: Cursor, end: number): number {
  let text = "";
  while (cur.pos < data.length && data[cur.pos] !== end) text += String.fromCharCode(data[cur.pos++]);
  if (data[cur.pos] !== end || !/^-?\d+$/.test(text))
    throw new TorrentFileError("not a valid torrent file (bad number)");
  cur.pos++;
  return Number(text);
}

function readValue(data: Uint8Array, cur: Cursor, depth: number): BValue {
  if (depth > 64) throw new TorrentFileError("not a valid torrent file (nested too deeply)");
  const c = data[cur.pos];
  if (c === undefined) throw new TorrentFileError("not a valid torrent file (truncated)");
  if (c === 0x69 /* i */) {
    cur.pos++;
    return readInt(data, cur, 0x65);
  }
  if (c === 0x6c /* l */) {
    cur.pos++;
    const list: BValue[] = [];
    while (data[cur.pos] !== 0x65) list.push(readValue(data, cur, depth + 1));
    cur.pos++;
    return list;
  }
  if (c === 0x64 /* d */) {
    cur.pos++;
    // No prototype: a "__proto__" key in a .torrent is an ordinary key, not the object's prototype.
    const dict: { [key: string]: BValue } = Object.create(null) as { [key: string]: BValue };
    while (data[cur.pos] !== 0x65) {
      const key = Buffer.from(readBytes(data, cur)).toString("utf8");
      const start = cur.pos;
      dict[key] = readValue(data, cur, depth + 1);
      if (depth === 0 && key === "info") cur.info = [start, cur.pos];
    }
    cur.pos++;
    return dict;
  }
  if (c >= 0x30 && c <= 0x39) return readBytes(data, cur);
  throw new TorrentFileError("not a valid torrent file (unexpected byte)");
}

function readBytes(data: Uint8Array, cur: Cursor): Uint8Array {
  const length = readInt(data, cur, 0x3a /* : */);
  if (length < 0 || cur.pos + length > data.length)
    throw new TorrentFileError("not a valid torrent file (truncated string)");
  const bytes = data.subarray(cur.pos, cur.pos + length);
  cur.pos += length;
  return bytes;
}

export interface TorrentMeta {
  infoHash: string;
  name: string;
  files: { path: string; length: number }[];
  totalSize: number;
}

/** Validates a .torrent and returns its v1 info hash (lowercase hex), name and files. */
export function readTorrent(data: Uint8Array): TorrentMeta {
  const cur: Cursor = { pos: 0 };
  const root = readValue(data, cur, 0);
  if (cur.pos !== data.length && Buffer.from(data.subarray(cur.pos)).toString().trim() !== "")
    throw new TorrentFileError("not a valid torrent file (trailing data)");
  if (!cur.info || typeof root !== "object" || Array.isArray(root) || root instanceof Uint8Array)
    throw new TorrentFileError("not a valid torrent file (no info dictionary)");
  const info = root.info as { [key: string]: BValue };
  const text = (v: BValue | undefined) => (v instanceof Uint8Array ? Buffer.from(v).toString("utf8") : null);
  const name = text(info.name);
  if (!name || typeof info["piece length"] !== "number" || !(info.pieces instanceof Uint8Array))
    throw new TorrentFileError("not a valid torrent file (info lacks name, piece length or pieces)");
  let files: TorrentMeta["files"];
  if (typeof info.length === "number") files = [{ path: name, length: info.length }];
  else if (Array.isArray(info.files)) {
    files = info.files.map((f) => {
      const entry = f as { [key: string]: BValue };
      const parts = Array.isArray(entry.path) ? entry.path.map((p) => text(p) ?? "") : [];
      return { path: [name, ...parts].join("/"), length: typeof entry.length === "number" ? entry.length : 0 };
    });
  } else throw new TorrentFileError("not a valid torrent file (no length or files)");
  const infoHash = createHash("sha1").update(data.subarray(cur.info[0], cur.info[1])).digest("hex");
  return { infoHash, name, files, totalSize: files.reduce((sum, f) => sum + f.length, 0) };
}

/** The info hash of a magnet link (hex or base32 btih), lowercase hex; null when absent. */
export function magnetInfoHash(uri: string): string | null {
  const match = uri.match(/[?&]xt=urn:btih:([0-9a-zA-Z]+)/);
  if (!match) return null;
  const value = match[1];
  if (/^[0-9a-fA-F]{40}$/.test(value)) return value.toLowerCase();
  if (/^[A-Z2-7]{32}$/i.test(value)) {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let bits = "";
    for (const ch of value.toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, "0");
    return Array.from({ length: 20 }, (_, i) =>
      parseInt(bits.slice(i * 8, i * 8 + 8), 2)
        .toString(16)
        .padStart(2, "0"),
    ).join("");
  }
  return null;
}
