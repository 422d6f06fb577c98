import { z } from "zod";
import type { Actor } from "@/lib/accounts";
import {
  addMovie,
  addSeries,
  getMovie,
  getSeries,
  listEpisodes,
  listMovies,
  movieListItemSchema,
  movieSchema,
  seriesSchema,
  updateMovie,
  type Movie,
  type Series,
} from "@/lib/catalog";
import { resolveLibrary } from "./library-choice";
import { moviesWithVideo } from "./media-files.repo";
import { episodeIdsWithFiles, updateSeriesMonitoring } from "./series-monitoring";

/** The catalog's movie and series resources with what is on disk, for the API. */
export const movieWithFileSchema = movieSchema.extend({
  hasFile: z.boolean().describe("A video file of this movie is in a library (not missing)"),
});
export type MovieWithFile = z.infer<typeof movieWithFileSchema>;
export const movieListItemWithFileSchema = movieListItemSchema.extend({ hasFile: z.boolean() });

const episodeCounts = {
  episodeCount: z.number().int().describe("Episodes listed (not removed from TMDB)"),
  episodeFileCount: z.number().int().describe("Of those, episodes with a video file on disk"),
};
export const seriesWithFilesSchema = seriesSchema.extend({
  statistics: z.object({
    ...episodeCounts,
    seasons: z.array(z.object({ seasonNumber: z.number().int(), ...episodeCounts })),
  }),
});
export type SeriesWithFiles = z.infer<typeof seriesWithFilesSchema>;

async function withFile(movie: Movie): Promise<MovieWithFile> {
  return { ...movie, hasFile: (await moviesWithVideo([movie.id])).has(movie.id) };
}

async function withFiles(actor: Actor, series: Series): Promise<SeriesWithFiles> {
  const [episodes, present] = await Promise.all([listEpisodes(actor, series.id), episodeIdsWithFiles(series.id)]);
  const seasons = new Map<number, { seasonNumber: number; episodeCount: number; episodeFileCount: number }>();
  for (const episode of episodes.filter((e) => !e.removedAt)) {
    const season = seasons.get(episode.seasonNumber) ?? {
      seasonNumber: episode.seasonNumber,
      episodeCount: 0,
      episodeFileCount: 0,
    };
    season.episodeCount += 1;
    if (present.has(episode.id)) season.episodeFileCount += 1;
    seasons.set(episode.seasonNumber, season);
  }
  const list = [...seasons.values()].sort((a, b) => a.seasonNumber - b.seasonNumber);
  const total = (key: "episodeCount" | "episodeFileCount") => list.reduce((sum, s) => sum + s[key], 0);
  return {
    ...series,
    statistics: { episodeCount: total("episodeCount"), episodeFileCount: total("episodeFileCount"), seasons: list },
  };
}

export const getMovieWithFile = async (actor: Actor, id: string) => withFile(await getMovie(actor, id));
export const addMovieWithFile = async (actor: Actor, input: unknown) =>
  withFile(await addMovie(actor, input, resolveLibrary));
export const updateMovieWithFile = async (actor: Actor, id: string, input: unknown) =>
  withFile(await updateMovie(actor, id, input, resolveLibrary));

export async function listMoviesWithFile(actor: Actor, query: Parameters<typeof listMovies>[1]) {
  const page = await listMovies(actor, query);
  const present = await moviesWithVideo(page.items.map((m) => m.id));
  return { ...page, items: page.items.map((m) => ({ ...m, hasFile: present.has(m.id) })) };
}

export const getSeriesWithFiles = async (actor: Actor, id: string) => withFiles(actor, await getSeries(actor, id));
export const addSeriesWithFiles = async (actor: Actor, input: unknown) =>
  withFiles(actor, await addSeries(actor, input, resolveLibrary));
export const updateSeriesWithFiles = async (actor: Actor, id: string, input: unknown) =>
  withFiles(actor, await updateSeriesMonitoring(actor, id, input));
