import { titleMatches } from "../titles";
import { accept, reject, type Spec } from "../spec";

/** The release really is the movie, or the series, season and episodes, that were searched. */
export const matchesTarget: Spec = {
  name: "matches-target",
  stage: 1,
  check(e, ctx) {
    const { target } = ctx;
    const r = e.release;
    const c = e.candidate;
    const titles = [target.title, ...target.alternativeTitles];
    const parsedTitles = r.titles.length > 0 ? r.titles : [r.title];
    if (target.kind === "movie") {
      const idMatch =
        (target.tmdbId !== null && c.tmdbId === target.tmdbId) ||
        (target.imdbId !== null && c.imdbId === target.imdbId);
      if (!idMatch) {
        if (c.tmdbId && target.tmdbId !== null && c.tmdbId !== target.tmdbId)
          return reject(`The indexer says TMDB ${c.tmdbId}, not ${target.tmdbId}`);
        if (!titleMatches(parsedTitles, titles, target.year)) return reject(`"${r.title}" is not ${target.title}`);
      }
      if (target.year !== null && r.year !== null && Math.abs(r.year - target.year) > 1)
        return reject(`Year ${r.year}, the movie is from ${target.year}`);
      return accept;
    }
    const idMatch = target.tvdbId !== null && c.tvdbId === target.tvdbId;
    if (!idMatch && !titleMatches([r.seriesTitle, ...parsedTitles], titles, target.year))
      return reject(`"${r.seriesTitle || r.title}" is not ${target.title}`);
    if (e.episodeKeys.length === 0) return reject("Could not tell which episodes it holds");
    const wanted = new Set(target.episodes.map((ep) => `${ep.season}:${ep.episode}`));
    if (!e.episodeKeys.some((k) => wanted.has(k))) {
      const seasons = [...new Set(target.episodes.map((ep) => ep.season))];
      if (r.season !== null && !seasons.includes(r.season))
        return reject(`Season ${r.season}, searched season ${seasons.join(", ")}`);
      return reject("Holds none of the searched episodes");
    }
    return accept;
  },
};
