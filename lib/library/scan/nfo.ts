import { readFile } from "node:fs/promises";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { NameIds } from "./titles";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  trimValues: true,
});

/** NFO files larger than this are not Kodi metadata (some are release notes with ASCII art). */
const MAX_NFO_BYTES = 256 * 1024;

const text = (value: unknown): string | null => {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return text(value["#text"]);
  return null;
};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const number = (value: string | null): number | null => (value && /^\d{1,9}$/.test(value) ? Number(value) : null);
const imdb = (value: string | null): string | null =>
  value && /^tt\d{5,10}$/i.test(value) ? value.toLowerCase() : null;

/**
 * Ids of a Kodi .nfo (movie.nfo, tvshow.nfo, <name>.nfo): `<uniqueid type="tmdb|imdb|tvdb">`, `<tmdbid>`,
 * `<imdbid>`, `<tvdbid>` and the old `<id>` (an IMDb id for movies, a TVDB id for shows). A file that is not XML
 * (scene release notes are .nfo too) holds no ids; a bare IMDb/TMDB link in it is honoured as Kodi does.
 */
export function nfoIds(content: string): NameIds {
  const ids: NameIds = { tmdbId: null, imdbId: null, tvdbId: null };
  let root: Record<string, unknown> | null = null;
  let isShow = false;
  try {
    const doc = parser.parse(content) as Record<string, unknown>;
    const top = doc.movie ?? doc.tvshow ?? doc.episodedetails;
    if (top && typeof top === "object") root = top as Record<string, unknown>;
    isShow = doc.tvshow !== undefined;
  } catch {
    root = null;
  }
  if (root) {
    for (const unique of list(root.uniqueid)) {
      const type =
        unique && typeof unique === "object" ? String((unique as Record<string, unknown>)["@type"] ?? "") : "";
      const value = text(unique);
      if (type === "tmdb") ids.tmdbId ??= number(value);
      else if (type === "imdb") ids.imdbId ??= imdb(value);
      else if (type === "tvdb") ids.tvdbId ??= number(value);
    }
    ids.tmdbId ??= number(text(root.tmdbid));
    ids.imdbId ??= imdb(text(root.imdbid)) ?? imdb(text(root.imdb_id));
    ids.tvdbId ??= number(text(root.tvdbid));
    for (const id of list(root.id)) {
      const value = text(id);
      ids.imdbId ??= imdb(value);
      if (isShow) ids.tvdbId ??= number(value);
    }
  }
  // Kodi also accepts a file holding just a link to the title's page.
  ids.tmdbId ??= number(/themoviedb\.org\/(?:movie|tv)\/(\d{1,9})/i.exec(content)?.[1] ?? null);
  ids.imdbId ??= imdb(/imdb\.com\/title\/(tt\d{5,10})/i.exec(content)?.[1] ?? null);
  return ids;
}

/** The nfo files that describe a title folder, in Kodi's order: the folder's, then one named like the video. */
export function nfoCandidates(folder: string, file: string, kind: "movie" | "tv"): string[] {
  const base = file.replace(/\.[^.]+$/, "");
  return kind === "tv" ? [`${folder}/tvshow.nfo`] : [`${folder}/movie.nfo`, `${folder}/${base}.nfo`];
}

/** Reads the first nfo of a title folder that has ids; none when there is no such file. */
export async function readFolderNfo(root: string, candidates: string[]): Promise<NameIds | null> {
  for (const relative of candidates) {
    let content: string;
    try {
      const buffer = await readFile(path.join(root, relative));
      if (buffer.length > MAX_NFO_BYTES) continue;
      content = buffer.toString("utf8");
    } catch {
      continue;
    }
    const ids = nfoIds(content);
    if (ids.tmdbId !== null || ids.imdbId !== null || ids.tvdbId !== null) return ids;
  }
  return null;
}
