import { parse } from "@/lib/release";

/** Ids written into folder or file names: {tmdb-550}, [tmdbid-550], {imdb-tt0137523}, {tvdb-121361}. */
export interface NameIds {
  tmdbId: number | null;
  imdbId: string | null;
  tvdbId: number | null;
}

const TMDB = /[[{](?:tmdb|tmdbid)[-=](\d{1,9})[\]}]/i;
const IMDB = /[[{](?:imdb|imdbid)[-=](tt\d{5,10})[\]}]/i;
const TVDB = /[[{](?:tvdb|tvdbid)[-=](\d{1,9})[\]}]/i;
const ANY_ID = /\s*[[{](?:tmdb|tmdbid|imdb|imdbid|tvdb|tvdbid)[-=][^\]}]{1,20}[\]}]/gi;

export function idsIn(text: string): NameIds {
  const tmdb = TMDB.exec(text);
  const imdb = IMDB.exec(text);
  const tvdb = TVDB.exec(text);
  return {
    tmdbId: tmdb ? Number(tmdb[1]) : null,
    imdbId: imdb ? imdb[1].toLowerCase() : null,
    tvdbId: tvdb ? Number(tvdb[1]) : null,
  };
}

const FOLDER_TITLE_YEAR = /^(.*?)[\s._-]*[([]((?:18|19|20)\d\d)[)\]]\s*$/;

/**
 * Title and year of a library folder: "Fight Club (1999) {tmdb-550}" the way media managers name
 * them, else what the release parser makes of it ("Fight.Club.1999.1080p.BluRay.x264-GRP").
 */
export function folderTitleYear(name: string, kind: "movie" | "tv"): { title: string; year: number | null } {
  const cleaned = name.replace(ANY_ID, "").trim();
  const simple = FOLDER_TITLE_YEAR.exec(cleaned);
  if (simple && simple[1].trim()) return { title: simple[1].trim(), year: Number(simple[2]) };
  if (!/[._]/.test(cleaned) && !/\b(?:19|20)\d\d\b/.test(cleaned)) return { title: cleaned, year: null };
  const parsed = parse(cleaned, { kind });
  return { title: (parsed.title || cleaned).trim(), year: parsed.year };
}
