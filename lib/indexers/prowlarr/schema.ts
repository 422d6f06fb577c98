import { z } from "zod";

/** Prowlarr API v1 answers (only the fields Mydia reads; the rest pass through). */
const categorySchema: z.ZodType<{ id: number; name?: string; subCategories?: { id: number; name?: string }[] }> = z
  .object({
    id: z.number().int(),
    name: z.string().optional(),
    subCategories: z.array(z.object({ id: z.number().int(), name: z.string().optional() }).loose()).optional(),
  })
  .loose();

export const prowlarrIndexerSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    enable: z.boolean(),
    protocol: z.enum(["torrent", "usenet", "unknown"]),
    priority: z.number().int().optional(),
    privacy: z.string().optional(),
    implementation: z.string().optional(),
    definitionName: z.string().optional(),
    supportsRss: z.boolean().optional(),
    supportsSearch: z.boolean().optional(),
    tags: z.array(z.number().int()).optional(),
    capabilities: z
      .object({ categories: z.array(categorySchema).optional() })
      .loose()
      .optional(),
  })
  .loose();
export type ProwlarrIndexer = z.infer<typeof prowlarrIndexerSchema>;

export const prowlarrReleaseSchema = z
  .object({
    guid: z.string(),
    title: z.string(),
    indexerId: z.number().int(),
    indexer: z.string().optional(),
    size: z.number().nullable().optional(),
    publishDate: z.string().nullable().optional(),
    downloadUrl: z.string().nullable().optional(),
    magnetUrl: z.string().nullable().optional(),
    infoUrl: z.string().nullable().optional(),
    infoHash: z.string().nullable().optional(),
    seeders: z.number().int().nullable().optional(),
    leechers: z.number().int().nullable().optional(),
    grabs: z.number().int().nullable().optional(),
    imdbId: z.number().int().nullable().optional(),
    tmdbId: z.number().int().nullable().optional(),
    tvdbId: z.number().int().nullable().optional(),
    protocol: z.enum(["torrent", "usenet", "unknown"]),
    categories: z.array(categorySchema).optional(),
    indexerFlags: z.array(z.string()).optional(),
  })
  .loose();
export type ProwlarrRelease = z.infer<typeof prowlarrReleaseSchema>;

export const prowlarrStatusSchema = z.object({ appName: z.string().optional(), version: z.string() }).loose();
