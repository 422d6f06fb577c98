import { episodesByIds, movieForMatching } from "@/lib/catalog";
import { fieldError, NotFoundError } from "@/lib/errors";

/** What a download is for: a movie, or episodes of one series. */
export interface DownloadTarget {
  movieId: string | null;
  seriesId: string | null;
  episodeIds: string[];
}

/** Checks that the movie or the episodes exist, and that the episodes belong to one series. */
export async function targetOf(data: { movieId?: string; episodeIds?: string[] }): Promise<DownloadTarget> {
  if (data.movieId) {
    if (!(await movieForMatching(data.movieId))) throw new NotFoundError("No such movie");
    return { movieId: data.movieId, seriesId: null, episodeIds: [] };
  }
  const ids = [...new Set(data.episodeIds ?? [])];
  const episodes = await episodesByIds(ids);
  if (episodes.length !== ids.length) throw new NotFoundError("No such episode");
  const seriesIds = new Set(episodes.map((e) => e.seriesId));
  if (seriesIds.size !== 1) throw fieldError("episodeIds", "must belong to one series");
  return { movieId: null, seriesId: [...seriesIds][0], episodeIds: ids };
}
