import { z } from "zod";
import { safeText } from "@/lib/text";

const tmdbIdMessage = "Enter the TMDB id: the number in the title's themoviedb.org address";

export const exclusionKindSchema = z.enum(["movie", "series"]);

/** Excluding a title from being added: parsed by the server and by the Add exclusion form. */
export const addExclusionInput = z
  .object({
    kind: exclusionKindSchema,
    tmdbId: z.number({ error: tmdbIdMessage }).int(tmdbIdMessage).positive(tmdbIdMessage),
    /** Looked up on TMDB when left out. */
    title: safeText().trim().min(1).max(300).optional(),
    year: z.number().int().min(1800).max(3000).nullable().optional(),
  })
  .strict();
export type AddExclusionInput = z.input<typeof addExclusionInput>;
