import { z } from "zod";
import { titleRefs } from "@/lib/catalog";

/** The title a download or history entry is for, named as the catalog names it (with a poster from the image cache). */
export const titleSubjectSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("movie"),
      id: z.string(),
      title: z.string(),
      year: z.number().int().nullable(),
      posterPath: z.string().nullable(),
    }),
    z.object({
      kind: z.literal("series"),
      id: z.string(),
      title: z.string(),
      year: z.number().int().nullable(),
      posterPath: z.string().nullable(),
      episodes: z
        .array(
          z.object({
            id: z.string(),
            seasonNumber: z.number().int(),
            episodeNumber: z.number().int(),
            title: z.string().nullable(),
          }),
        )
        .describe("in season and episode order; empty for a whole-series or unknown match"),
    }),
  ])
  .nullable()
  .describe("null when the title was removed from the catalog, or the download was not matched to one");
export type TitleSubject = z.infer<typeof titleSubjectSchema>;

interface Subjected {
  movieId: string | null;
  seriesId: string | null;
  episodeIds: string[];
}

/** Adds `subject` to each item: one catalog lookup for the whole list. */
export async function withSubjects<T extends Subjected>(items: T[]): Promise<(T & { subject: TitleSubject })[]> {
  if (items.length === 0) return [];
  const refs = await titleRefs({
    movieIds: items.flatMap((i) => (i.movieId ? [i.movieId] : [])),
    seriesIds: items.flatMap((i) => (i.seriesId ? [i.seriesId] : [])),
    episodeIds: items.flatMap((i) => i.episodeIds),
  });
  return items.map((item) => {
    const movie = item.movieId ? refs.movies.get(item.movieId) : undefined;
    const series = item.seriesId ? refs.series.get(item.seriesId) : undefined;
    const subject: TitleSubject = movie
      ? { kind: "movie", ...movie }
      : series
        ? {
            kind: "series",
            ...series,
            episodes: item.episodeIds
              .map((id) => refs.episodes.get(id))
              .filter((e) => e !== undefined)
              .sort((a, b) => a.seasonNumber - b.seasonNumber || a.episodeNumber - b.episodeNumber)
              .map(({ id, seasonNumber, episodeNumber, title }) => ({ id, seasonNumber, episodeNumber, title })),
          }
        : null;
    return { ...item, subject };
  });
}
