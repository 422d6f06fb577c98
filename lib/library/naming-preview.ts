import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { parseInput } from "@/lib/errors";
import { destinationFor, previewContexts } from "./import/naming";
import { namingSettingsSchema } from "./library.types";

export const namingPreviewSchema = z.object({
  movie: z.string(),
  episode: z.string(),
  multiEpisode: z.string(),
  daily: z.string(),
  anime: z.string(),
});
export type NamingPreview = z.infer<typeof namingPreviewSchema>;

/** Example destinations for naming settings (the live preview in Settings → Libraries). */
export function previewNaming(actor: Actor, input: unknown): NamingPreview {
  assertCan(actor, "admin");
  const naming = parseInput(namingSettingsSchema, input);
  const tv = (key: "episode" | "multiEpisode" | "daily" | "anime") =>
    destinationFor("tv", naming, previewContexts[key], "mkv", "Original.Name.S01E01.mkv");
  return {
    movie: destinationFor("movie", naming, previewContexts.movie, "mkv", "Original.Name.2010.mkv"),
    episode: tv("episode"),
    multiEpisode: tv("multiEpisode"),
    daily: tv("daily"),
    anime: tv("anime"),
  };
}
