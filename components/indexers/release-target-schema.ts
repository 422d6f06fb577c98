import { z } from "zod";

/**
 * The release target dialog's form: the kind, the catalog filter, the picked title and (series) the
 * episodes. The grab itself is checked by the server's grab schema; this only says what is missing.
 */
export const releaseTargetFormSchema = z
  .object({
    kind: z.enum(["movie", "series"]),
    filter: z.string().max(200),
    picked: z.string().min(1).max(100).nullable(),
    episodeIds: z.array(z.string().min(1).max(100)).max(500),
  })
  .refine((v) => v.picked !== null, { path: ["picked"], message: "Pick the title it is for" })
  .refine((v) => v.kind === "movie" || v.episodeIds.length > 0, {
    path: ["episodeIds"],
    message: "Pick at least one episode",
  });
export type ReleaseTargetValues = z.input<typeof releaseTargetFormSchema>;
