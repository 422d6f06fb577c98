import { z } from "zod";

export const wantedQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  kind: z.enum(["all", "movie", "episode"]).default("all"),
});
export type WantedQuery = z.input<typeof wantedQuery>;

export const wantedItemSchema = z.object({
  kind: z.enum(["movie", "episode"]),
  id: z.string(),
  /** Movie title, or the episode's own title (null when TMDB has none). */
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  seriesId: z.string().nullable(),
  seriesTitle: z.string().nullable(),
  seasonNumber: z.number().int().nullable(),
  episodeNumber: z.number().int().nullable(),
  /** Episodes: YYYY-MM-DD. */
  airDate: z.string().nullable(),
  /** The page of the item in the app. */
  href: z.string(),
  /** Cutoff unmet: the best file's quality and custom-format score, and what the profile wants. */
  quality: z.string().nullable(),
  formatScore: z.number().int().nullable(),
  cutoff: z.string().nullable(),
  cutoffFormatScore: z.number().int().nullable(),
});
export type WantedItem = z.infer<typeof wantedItemSchema>;

export const wantedPageSchema = z.object({
  items: z.array(wantedItemSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type WantedPage = z.infer<typeof wantedPageSchema>;
