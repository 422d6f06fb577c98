import { z } from "zod";

const id = z.string().min(1).max(100);

/** A movie, or episodes of one series (grab, change match, manual import). */
export const matchInput = z
  .object({ movieId: id.optional(), episodeIds: z.array(id).min(1).max(500).optional() })
  .strict()
  .refine((m) => Boolean(m.movieId) !== Boolean(m.episodeIds), {
    message: "give movieId or episodeIds",
    path: ["movieId"],
  });
export type MatchInput = z.input<typeof matchInput>;

/** A target per file of a finished download (manual import). */
export const manualImportInput = z
  .object({
    files: z
      .array(
        z
          .object({
            path: z.string().min(1).max(4096),
            movieId: id.optional(),
            episodeIds: z.array(id).min(1).max(100).optional(),
          })
          .strict()
          .refine((f) => Boolean(f.movieId) !== Boolean(f.episodeIds), {
            message: "give movieId or episodeIds",
            path: ["movieId"],
          }),
      )
      .min(1)
      .max(500),
  })
  .strict();
export type ManualImportInput = z.input<typeof manualImportInput>;
