import { z } from "zod";

export const releaseTargetQuery = z
  .object({
    movieId: z.string().min(1).max(100).optional().describe("Judge it for this movie instead"),
    seriesId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("The episodes of this series it covers, instead of the title its name points at"),
  })
  .strict()
  .refine((q) => !(q.movieId && q.seriesId), { message: "give movieId or seriesId, not both", path: ["movieId"] });
export type ReleaseTargetQuery = z.infer<typeof releaseTargetQuery>;

export const releaseTargetSchema = z.object({
  releaseId: z.string(),
  title: z.string().describe("The release name"),
  kind: z.enum(["movie", "series"]).nullable().describe("null: the name matches nothing in the catalog"),
  movieId: z.string().nullable(),
  seriesId: z.string().nullable(),
  item: z
    .object({ id: z.string(), title: z.string(), year: z.number().int().nullable() })
    .nullable()
    .describe("The movie or series, as the catalog names it"),
  episodeIds: z.array(z.string()).describe("For a series: the episodes the release name covers (may be empty)"),
  season: z.number().int().nullable().describe("The season the release name names, if any"),
  rejections: z
    .array(z.string())
    .describe(
      "Why the quality profile rejects it for that movie or those episodes (a grab then needs overrideRejection); empty when accepted",
    ),
});
export type ReleaseTarget = z.infer<typeof releaseTargetSchema>;
