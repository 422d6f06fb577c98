import { z } from "zod";

const protocol = z.enum(["torrent", "usenet"]);

/** A release as search results carry it (ParsedRelease); only what grab needs is required. */
export const grabReleaseSchema = z.object({
  guid: z.string().max(2000),
  title: z.string().min(1).max(500),
  indexerId: z.string().min(1).max(100),
  indexerName: z.string().max(200).optional(),
  protocol,
  downloadUrl: z.string().max(4000).nullable(),
  magnetUrl: z.string().max(4000).nullable(),
  infoHash: z.string().max(64).nullable().optional(),
  size: z.number().nonnegative().nullable().optional(),
  parsed: z.record(z.string(), z.unknown()).optional(),
});

export const grabInput = z
  .object({
    release: grabReleaseSchema.optional(),
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
     * Grab a search result the decision engine rejects (the user saw why and confirmed). Its import
     * may then replace a better file on disk, recorded as a replacement by choice.
     */
    overrideRejection: z.boolean().optional(),
  })
  .strict()
  .refine((g) => [g.release, g.downloadUrl, g.magnet].filter(Boolean).length === 1, {
    message: "give exactly one of release, downloadUrl or magnet",
    path: ["release"],
  })
  .refine((g) => g.release || g.title, { message: "is required with downloadUrl or magnet", path: ["title"] })
  .refine((g) => Boolean(g.movieId) !== Boolean(g.episodeIds), {
    message: "give movieId or episodeIds",
    path: ["movieId"],
  });

export type GrabInput = z.input<typeof grabInput>;
