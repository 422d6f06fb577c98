import { z } from "zod";

const protocol = z.enum(["torrent", "usenet"]);

export const grabInput = z
  .object({
    /** A search result, by the opaque id the search gave it: the server resolves what to fetch. */
    releaseId: z.string().min(1).max(100).optional(),
    /** A .torrent/.nzb link or a magnet, without an indexer search (title required). */
    downloadUrl: z
      .url({ protocol: /^https?$/ })
      .max(4000)
      .optional(),
    magnet: z.string().startsWith("magnet:").max(4000).optional(),
    title: z.string().min(1).max(500).optional(),
    protocol: protocol.optional(),
    indexerId: z.string().min(1).max(100).optional(),
    movieId: z.string().min(1).max(100).optional(),
    episodeIds: z.array(z.string().min(1).max(100)).min(1).max(500).optional(),
    /**
     * A series: without episodeIds, the release is for the episodes of this series its name covers
     * (a season pack: the whole season); with them, they must be of this series.
     */
    seriesId: z.string().min(1).max(100).optional(),
    /**
     * Grab a search result the decision engine rejects (the user saw why and confirmed). Its import
     * may then replace a better file on disk, recorded as a replacement by choice.
     */
    overrideRejection: z.boolean().optional(),
  })
  .strict()
  .refine((g) => [g.releaseId, g.downloadUrl, g.magnet].filter(Boolean).length === 1, {
    message: "give exactly one of releaseId, downloadUrl or magnet",
    path: ["releaseId"],
  })
  .refine((g) => g.releaseId || g.title, { message: "is required with downloadUrl or magnet", path: ["title"] })
  .refine((g) => Boolean(g.movieId) !== Boolean(g.episodeIds || g.seriesId), {
    message: "give movieId, or seriesId and/or episodeIds",
    path: ["movieId"],
  })
  .refine((g) => g.episodeIds || !g.seriesId || g.releaseId, {
    message: "is required with downloadUrl or magnet (nothing says which episodes a link holds)",
    path: ["episodeIds"],
  });

export type GrabInput = z.input<typeof grabInput>;

/**
 * A release as the server's own search produced it (automation, or a cached search result): trusted
 * to name what to fetch. Never built from a caller's input.
 */
export interface GrabRelease {
  guid: string;
  title: string;
  indexerId: string;
  indexerName?: string;
  protocol: "torrent" | "usenet";
  downloadUrl: string | null;
  magnetUrl: string | null;
  infoHash?: string | null;
  size?: number | null;
  parsed?: Record<string, unknown>;
}
