import { adjacentAbsolute, findAbsoluteMarkers } from "./anime";
import { findDates } from "./daily";
import { findEpisodeMarkers, findSeasonMarkers, findWeakEpisodeMarkers } from "./episode";
import type { Marker } from "./marker";

export interface StructureOptions {
  anime: boolean;
  movieHint: boolean;
  /** A leading yymmdd date (Japanese/Korean variety shows): "ep12" then means episode 12 of season 1. */
  datePrefix: boolean;
  now: number;
  /** A position read as something else (a resolution written without "p"): markers over it are ignored. */
  exclude?: number | null;
}

const EPISODIC = new Set(["se", "nx", "season-episode"]);

/** Finds every marker in `s` and picks the one that describes the release. */
export function pickMarker(s: string, animeText: string, opts: StructureOptions): Marker | null {
  const markers: Marker[] = [];
  findDates(s, markers, opts.now);
  findEpisodeMarkers(s, markers);
  findSeasonMarkers(s, markers);
  // With an explicit S01E02/1x02 the weaker shapes cannot change the answer; skip them (the hot path).
  const explicit = markers.some((m) => EPISODIC.has(m.type));
  if (!explicit || opts.anime) {
    findWeakEpisodeMarkers(s, markers, opts.anime, opts.movieHint);
    if (!opts.movieHint && !markers.some((m) => m.type === "daily" && m.strength === 2))
      findAbsoluteMarkers(animeText, markers, opts.anime);
  }
  if (opts.exclude !== undefined && opts.exclude !== null) {
    const at = opts.exclude;
    for (let i = markers.length - 1; i >= 0; i--) {
      if (markers[i].strength < 2 && markers[i].start <= at && at < markers[i].end) markers.splice(i, 1);
    }
  }
  if (markers.length === 0) return null;
  if (opts.datePrefix) {
    for (const m of markers) {
      if (m.type === "absolute" && m.absolute && m.absolute.length > 0) {
        m.type = "mini";
        m.season = 1;
        m.episodes = m.absolute;
        m.absolute = [];
      }
    }
  }
  markers.sort((a, b) => a.start - b.start || b.strength - a.strength);

  const strong = markers.filter((m) => m.strength === 2);
  let chosen: Marker | null = null;
  if (strong.length > 0) {
    chosen = { ...strong[0] };
    if (chosen.type === "daily") {
      const se = strong.find((m) => EPISODIC.has(m.type) && m.start >= chosen!.end && m.start - chosen!.end <= 2);
      if (se) chosen = { ...se, titleEnd: chosen.start };
      else {
        const before = markers.find((m) => m.strength === 1 && m.end <= chosen!.start && chosen!.start - m.end <= 1);
        if (before) chosen.titleEnd = before.start;
      }
    } else if (chosen.type === "pack") {
      const withEpisodes = strong.find((m) => EPISODIC.has(m.type) && m.start > chosen!.start);
      if (withEpisodes)
        chosen = { ...withEpisodes, titleEnd: chosen.start, season: withEpisodes.season ?? chosen.season };
      else {
        const abs = markers.find((m) => m.type === "absolute" && m.start >= chosen!.end && m.start - chosen!.end <= 4);
        if (abs && chosen.seasons?.length === 1 && /season/i.test(s.slice(chosen.start, chosen.end))) {
          chosen = {
            ...chosen,
            type: "absolute",
            absolute: abs.absolute,
            specialAbsolute: abs.specialAbsolute,
            fullSeason: false,
            seasons: [],
          };
        } else {
          const cjk = markers.find((m) => m.type === "absolute" && /第/.test(s.slice(m.start, m.end)));
          if (cjk && cjk.absolute) chosen = { ...chosen, type: "se", episodes: cjk.absolute, fullSeason: false };
        }
      }
    }
  } else {
    const weak = markers.filter((m) => m.strength === 1);
    const pool = weak.length > 0 ? weak : markers;
    chosen = { ...pool[0] };
    if (opts.anime || chosen.type === "see") {
      const abs = pool.find((m) => m.type === "absolute" && m.start === chosen!.start);
      if (abs) chosen = { ...abs };
    }
  }
  if (chosen && EPISODIC.has(chosen.type) && !opts.movieHint) {
    const adj = adjacentAbsolute(animeText, chosen, opts.anime);
    if (adj) {
      chosen.absolute = adj.absolute;
      if (adj.special !== undefined) chosen.specialAbsolute = [adj.special];
      if (adj.titleEnd !== undefined) chosen.titleEnd = Math.min(chosen.titleEnd ?? chosen.start, adj.titleEnd);
    }
  }
  if (chosen && opts.anime && (chosen.type === "absolute" || EPISODIC.has(chosen.type))) {
    if (markers.some((m) => m.type === "special" && m.start >= chosen.end)) chosen.special = true;
  }
  return chosen;
}
