import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SyntheticTitle } from "../../tests/helpers/synthetic-tmdb";

/** Bump when the generated tree changes: the cache under /tmp is keyed by it. */
export const TREE_VERSION = 1;

const ADJECTIVES =
  "Silent Broken Golden Hidden Last Dark Bright Frozen Burning Lost Wild Quiet Crimson Hollow Iron Electric Secret Distant Savage Gentle Northern Southern Midnight Velvet Paper Glass Stone Lucky Empty Endless Fallen Sacred Wicked Little Restless Blue Scarlet Rising Final".split(
    " ",
  );
const NOUNS =
  "River Kingdom Garden Empire Signal Harbor Witness Orchard Frontier Voyage Letter Machine Island Shadow Winter Summer Station Mirror Promise Circus Ocean Desert Forest Tower Bridge Highway Country Planet Republic Theory Memory Horizon Engine Parade Hunter Stranger Doctor Detective Sister Brother".split(
    " ",
  );
const TAILS = ["", "", "", " Returns", " Rising", " of the North", " in Paris", " Forever", ": The Beginning", " II"];

const pad = (n: number) => String(n).padStart(2, "0");
const dotted = (title: string) => title.replace(/[:']/g, "").replace(/\s+/g, ".");

export interface GeneratedTree {
  titles: SyntheticTitle[];
  files: number;
  videos: number;
  /** Folders named so that nothing can match them (home videos, junk): expected to stay unmatched. */
  junkFolders: number;
}

/**
 * A collection the way real ones look: movie folders named `Title (Year)`, scene names, TRaSH-style ids
 * (`{tmdb-…}`, `[imdbid-…]`, `{tvdb-…}`, some with a wrong title), Kodi .nfo files, subtitles, extras, series
 * with season folders, multi-episode files, specials, daily shows by date, anime by absolute number, and
 * some junk. Deterministic: the same tree on every run.
 */
export function generateTree(root: string, movies = 3000, series = 1500): GeneratedTree {
  const titles: SyntheticTitle[] = [];
  const seen = new Set<string>();
  let n = 0;
  const nextTitle = () => {
    for (;;) {
      const i = n++;
      const title = `The ${ADJECTIVES[i % ADJECTIVES.length]} ${NOUNS[Math.floor(i / ADJECTIVES.length) % NOUNS.length]}${TAILS[Math.floor(i / (ADJECTIVES.length * NOUNS.length)) % TAILS.length]}`;
      if (!seen.has(title)) {
        seen.add(title);
        return title;
      }
    }
  };
  let files = 0;
  let videos = 0;
  const write = (relative: string, content = "") => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    files++;
    if (/\.(mkv|mp4|avi)$/.test(relative) && !/sample|trailer/i.test(relative)) videos++;
  };

  for (let i = 0; i < movies; i++) {
    const tmdbId = 100_000 + i;
    const title = nextTitle();
    const year = 1950 + (i % 74);
    const imdbId = `tt${String(2_000_000 + i).padStart(7, "0")}`;
    titles.push({ kind: "movie", tmdbId, title, year, imdbId });
    const shape = i % 10;
    const q = ["Bluray-1080p", "WEBDL-1080p", "Bluray-2160p", "HDTV-720p"][i % 4];
    const base = `Movies/${title.replace(/:/g, " -")} (${year})`;
    if (shape <= 3) {
      write(`${base}/${title.replace(/:/g, " -")} (${year}) ${q}.mkv`);
      write(`${base}/${title.replace(/:/g, " -")} (${year}) ${q}.en.srt`);
    } else if (shape === 4) {
      const scene = `${dotted(title)}.${year}.1080p.BluRay.x264-GRP`;
      write(`Movies/${scene}/${scene}.mkv`);
      write(`Movies/${scene}/${scene}.nfo`, "Scene release notes\n▄▄▄ not XML ▄▄▄\n");
    } else if (shape === 5) {
      // TRaSH naming with the id, sometimes under a title that does not match at all.
      const shown = i % 20 === 5 ? `Wrong Name ${i}` : title.replace(/:/g, " -");
      write(`Movies/${shown} (${year}) {tmdb-${tmdbId}}/${shown} (${year}) {tmdb-${tmdbId}} - ${q}.mkv`);
    } else if (shape === 6) {
      write(`Movies/${title.replace(/:/g, " -")} (${year}) [imdbid-${imdbId}]/movie.mp4`);
    } else if (shape === 7) {
      // A folder named anyhow, with a Kodi nfo.
      write(
        `Movies/Rip ${i}/movie.nfo`,
        `<?xml version="1.0" encoding="UTF-8"?>\n<movie>\n  <title>${title}</title>\n  <uniqueid type="tmdb" default="true">${tmdbId}</uniqueid>\n  <uniqueid type="imdb">${imdbId}</uniqueid>\n</movie>\n`,
      );
      write(`Movies/Rip ${i}/rip.${i}.mkv`);
    } else if (shape === 8) {
      write(`${base}/${dotted(title).toLowerCase()}.${year}.720p.web.h264-grp.mkv`);
      write(`${base}/Trailers/trailer.mkv`);
    } else {
      write(`${base}/${title.replace(/:/g, " -")}.avi`);
    }
  }
  let junkFolders = 0;
  for (let i = 0; i < 40; i++) {
    write(`Movies/Home Videos ${i}/VID_2019${pad((i % 12) + 1)}${pad((i % 28) + 1)}_123456.mp4`);
    junkFolders++;
  }

  for (let i = 0; i < series; i++) {
    const tmdbId = 500_000 + i;
    const title = nextTitle();
    const year = 1990 + (i % 34);
    const tvdbId = 700_000 + i;
    const kind = i % 25 === 0 ? "daily" : i % 25 === 1 ? "anime" : "standard";
    const seasonCount = 1 + (i % 3);
    const perSeason = 4 + (i % 4);
    const seasons: Record<number, number> = {};
    if (i % 10 === 2) seasons[0] = 2;
    for (let s = 1; s <= seasonCount; s++) seasons[s] = kind === "daily" ? 30 : perSeason;
    titles.push({ kind: "tv", tmdbId, title, year, tvdbId, seasons, seriesType: kind });
    const shape = i % 8;
    const folder =
      shape === 5
        ? `TV/${i % 16 === 5 ? `Renamed Show ${i}` : title} {tvdb-${tvdbId}}`
        : shape === 6
          ? `TV/${title} [tmdbid-${tmdbId}]`
          : `TV/${title} (${year})`;
    if (shape === 7)
      write(
        `${folder}/tvshow.nfo`,
        `<tvshow><title>${title}</title><uniqueid type="tvdb">${tvdbId}</uniqueid></tvshow>`,
      );
    if (kind === "anime") {
      let absolute = 0;
      for (let s = 1; s <= seasonCount; s++)
        for (let e = 1; e <= perSeason; e++)
          write(`${folder}/[SubsPlease] ${title} - ${pad(++absolute)} (1080p) [ABCD${pad(e)}].mkv`);
      continue;
    }
    for (let s = 1; s <= seasonCount; s++) {
      if (kind === "daily") {
        // Season s starts on day 30 of year + s - 1, one episode a day: the first 5 of each season.
        for (let e = 0; e < 5; e++) {
          const day = new Date(Date.UTC(year + s - 1, 0, 31 + e)).toISOString().slice(0, 10);
          write(`${folder}/Season ${s}/${dotted(title)}.${day.replace(/-/g, ".")}.Guest.720p.WEB.h264-GRP.mkv`);
        }
        continue;
      }
      for (let e = 1; e <= perSeason; e++) {
        if (e === 1 && perSeason >= 5) {
          // A double episode in one file.
          write(`${folder}/Season ${pad(s)}/${title} - S${pad(s)}E01-E02 - Pilot.mkv`);
          e = 2;
          continue;
        }
        const name =
          shape % 2 === 0
            ? `${title} - S${pad(s)}E${pad(e)} - Episode ${e} WEBDL-1080p.mkv`
            : `${dotted(title)}.S${pad(s)}E${pad(e)}.720p.HDTV.x264-GRP.mkv`;
        write(`${folder}/Season ${s}/${name}`);
      }
    }
    if (seasons[0]) write(`${folder}/Specials/${title} - S00E01 - Special.mkv`);
  }
  return { titles, files, videos, junkFolders };
}

/** The tree under dir, generated once per TREE_VERSION. */
export function cachedTree(dir: string): GeneratedTree & { root: string } {
  const root = path.join(dir, "tree");
  const manifest = path.join(dir, "tree.json");
  if (existsSync(manifest)) return { ...(JSON.parse(readFileSync(manifest, "utf8")) as GeneratedTree), root };
  const tree = generateTree(root);
  writeFileSync(manifest, JSON.stringify(tree));
  return { ...tree, root };
}
