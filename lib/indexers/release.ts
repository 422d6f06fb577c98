import { z } from "zod";
import { parseSummarySchema } from "@/lib/release";

/** One release as an indexer reported it, normalized across Torznab, Newznab and Cardigann. */
export const indexerReleaseSchema = z.object({
  guid: z.string(),
  title: z.string(),
  indexerId: z.string(),
  indexerName: z.string(),
  protocol: z.enum(["torrent", "usenet"]),
  downloadUrl: z.string().nullable(),
  magnetUrl: z.string().nullable(),
  infoHash: z.string().nullable().describe("lower-case hex"),
  infoUrl: z.string().nullable(),
  size: z.number().nullable().describe("bytes"),
  publishedAt: z.string().nullable().describe("ISO 8601"),
  categories: z.array(z.number().int()),
  seeders: z.number().int().nullable(),
  peers: z.number().int().nullable(),
  grabs: z.number().int().nullable(),
  downloadVolumeFactor: z.number().nullable().describe("0 = freeleech"),
  uploadVolumeFactor: z.number().nullable(),
  minimumRatio: z.number().nullable(),
  minimumSeedTime: z.number().nullable().describe("seconds"),
  imdbId: z.string().nullable().describe("tt1234567"),
  tvdbId: z.number().int().nullable(),
  tmdbId: z.number().int().nullable(),
  flags: z.array(z.string()).describe("freeleech, halfleech, doubleupload, internal, scene, …"),
});
export type IndexerRelease = z.infer<typeof indexerReleaseSchema>;

export const parsedReleaseSchema = indexerReleaseSchema.extend({
  /** Deduplication key: info hash, else guid, else title + size. */
  key: z.string(),
  ageHours: z.number().nullable(),
  parsed: parseSummarySchema,
});
export type ParsedRelease = z.infer<typeof parsedReleaseSchema>;

export function emptyRelease(
  base: Pick<IndexerRelease, "guid" | "title" | "indexerId" | "indexerName" | "protocol">,
): IndexerRelease {
  return {
    ...base,
    downloadUrl: null,
    magnetUrl: null,
    infoHash: null,
    infoUrl: null,
    size: null,
    publishedAt: null,
    categories: [],
    seeders: null,
    peers: null,
    grabs: null,
    downloadVolumeFactor: null,
    uploadVolumeFactor: null,
    minimumRatio: null,
    minimumSeedTime: null,
    imdbId: null,
    tvdbId: null,
    tmdbId: null,
    flags: [],
  };
}

/** Flags derived from the volume factors, as Prowlarr shows them. */
export function volumeFlags(downloadFactor: number | null, uploadFactor: number | null): string[] {
  const flags: string[] = [];
  if (downloadFactor === 0) flags.push("freeleech");
  else if (downloadFactor !== null && downloadFactor > 0 && downloadFactor < 1)
    flags.push(downloadFactor === 0.5 ? "halfleech" : "partialleech");
  if (uploadFactor !== null && uploadFactor >= 2) flags.push("doubleupload");
  return flags;
}

/** Extracts the 40-hex info hash from a magnet URI (hex or base32 form). */
export function infoHashFromMagnet(magnet: string): string | null {
  const match = magnet.match(/xt=urn:btih:([a-z0-9]+)/i);
  if (!match) return null;
  const value = match[1];
  if (/^[0-9a-f]{40}$/i.test(value)) return value.toLowerCase();
  if (/^[a-z2-7]{32}$/i.test(value)) return base32ToHex(value.toUpperCase());
  return null;
}

function base32ToHex(value: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of value) bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  let hex = "";
  for (let i = 0; i + 4 <= bits.length; i += 4) hex += parseInt(bits.slice(i, i + 4), 2).toString(16);
  return hex;
}

export function normalizeImdbId(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  const digits = String(value).replace(/^tt/i, "").trim();
  if (!/^\d+$/.test(digits) || Number(digits) === 0) return null;
  return `tt${digits.padStart(7, "0")}`;
}
