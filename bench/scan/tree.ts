import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A realistic library tree for the scan benchmark: 2,000 movie folders with one file each and
 * 500 series × 7 seasons × 28 episodes (100,000 files), zero-length files, names as Radarr/Sonarr
 * and scene groups write them. The titles are returned so the catalog can be pre-filled.
 */
const A = [
  "Silent",
  "Crimson",
  "Broken",
  "Hidden",
  "Golden",
  "Last",
  "Lost",
  "Dark",
  "Frozen",
  "Burning",
  "Wild",
  "Quiet",
  "Iron",
  "Paper",
  "Glass",
  "Electric",
  "Northern",
  "Secret",
  "Endless",
  "Little",
];
const B = [
  "Harbor",
  "Kingdom",
  "River",
  "Empire",
  "Garden",
  "Signal",
  "Horizon",
  "Station",
  "Witness",
  "Orchard",
  "Frontier",
  "Machine",
  "Island",
  "Promise",
  "Letter",
  "Voyage",
  "Mirror",
  "Circus",
  "Winter",
  "Engine",
];
const C = ["", "Returns", "Rising", "Protocol", "Legacy", "Chronicles"];
const QUALITIES = ["Bluray-1080p", "WEBDL-1080p", "Bluray-2160p", "HDTV-720p", "WEBRip-1080p"];

export interface BenchMovie {
  title: string;
  year: number;
  tmdbId: number;
}
export interface BenchSeries {
  title: string;
  year: number;
  tmdbId: number;
  tvdbId: number;
  seasons: number;
  episodesPerSeason: number;
}

export function benchTitles(movieCount = 2000, seriesCount = 500): { movies: BenchMovie[]; series: BenchSeries[] } {
  const names: string[] = [];
  for (const c of C) for (const a of A) for (const b of B) names.push(`The ${a} ${b}${c ? ` ${c}` : ""}`);
  const movies = Array.from({ length: movieCount }, (_, i) => ({
    title: names[i % names.length].replace(/^The /, i % 3 ? "The " : ""),
    year: 1950 + (i % 75),
    tmdbId: 100_000 + i,
  }));
  const series = Array.from({ length: seriesCount }, (_, i) => ({
    title: `${A[i % A.length]} ${B[Math.floor(i / A.length) % B.length]}${i >= 400 ? " Stories" : ""}`,
    year: 1990 + (i % 35),
    tmdbId: 500_000 + i,
    tvdbId: 900_000 + i,
    seasons: 7,
    episodesPerSeason: 28,
  }));
  return { movies, series };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function writeTree(movieRoot: string, tvRoot: string, titles = benchTitles()): number {
  let files = 0;
  titles.movies.forEach((m, i) => {
    const folder = i % 4 === 0 ? `${m.title} (${m.year}) {tmdb-${m.tmdbId}}` : `${m.title} (${m.year})`;
    mkdirSync(path.join(movieRoot, folder), { recursive: true });
    const name =
      i % 5 === 0
        ? `${m.title.replace(/ /g, ".")}.${m.year}.1080p.BluRay.x264-GRP.mkv`
        : `${m.title} (${m.year}) ${QUALITIES[i % QUALITIES.length]}.mkv`;
    writeFileSync(path.join(movieRoot, folder, name), "");
    files++;
  });
  titles.series.forEach((s, i) => {
    const folder = path.join(
      tvRoot,
      i % 3 === 0 ? `${s.title} (${s.year}) {tvdb-${s.tvdbId}}` : `${s.title} (${s.year})`,
    );
    for (let season = 1; season <= s.seasons; season++) {
      const seasonDir = path.join(folder, `Season ${pad(season)}`);
      mkdirSync(seasonDir, { recursive: true });
      for (let e = 1; e <= s.episodesPerSeason; e++) {
        const name =
          i % 2 === 0
            ? `${s.title} - S${pad(season)}E${pad(e)} - Episode ${e} ${QUALITIES[(i + e) % QUALITIES.length]}.mkv`
            : `${s.title.replace(/ /g, ".")}.S${pad(season)}E${pad(e)}.720p.HDTV.x264-GRP.mkv`;
        writeFileSync(path.join(seasonDir, name), "");
        files++;
      }
    }
  });
  return files;
}
