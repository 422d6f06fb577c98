import { z } from "zod";
import { downloadClientKinds } from "./clients/types";
import type { DownloadClientRow } from "./download-client.repo";

/** A download client as the browser and the API see it: secrets only as the names of those set. */
export const downloadClientViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(downloadClientKinds),
  protocol: z.enum(["torrent", "usenet"]),
  enabled: z.boolean(),
  host: z.string(),
  port: z.number().int(),
  useTls: z.boolean(),
  urlBase: z.string(),
  username: z.string().nullable(),
  secretsSet: z
    .array(z.string())
    .describe("Names of the secret fields that have a stored value; values are never returned"),
  movieCategory: z.string().nullable(),
  tvCategory: z.string().nullable(),
  priority: z.number().int(),
  removeCompleted: z.boolean(),
  removeFailed: z.boolean(),
  timeoutMs: z.number().int(),
  seedRatioLimit: z
    .number()
    .nullable()
    .describe(
      "Torrents: removed from the client with their data after import once this ratio is reached; null = never",
    ),
  seedTimeMinutes: z.number().int().nullable().describe("Torrents: … or once seeded this many minutes; null = never"),
  stalledAfterMinutes: z
    .number()
    .int()
    .describe("A download with no progress for this many minutes is flagged stalled; 0 = never"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DownloadClientView = z.infer<typeof downloadClientViewSchema>;

export const downloadClientTestResultSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), version: z.string(), apiVersion: z.string().nullable() }),
  z.object({
    ok: z.literal(false),
    kind: z.enum(["auth", "unavailable", "timeout", "tls", "status", "parse", "rejected", "not-found"]),
    field: z.string().optional().describe("The setting to fix: password, apiKey, host, port, useTls or urlBase"),
    message: z.string(),
  }),
]);

export function toDownloadClientView(
  row: DownloadClientRow,
  protocol: "torrent" | "usenet",
  secretsSet: string[],
): DownloadClientView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    protocol,
    enabled: row.enabled,
    host: row.host,
    port: row.port,
    useTls: row.useTls,
    urlBase: row.urlBase,
    username: row.username,
    secretsSet,
    movieCategory: row.movieCategory,
    tvCategory: row.tvCategory,
    priority: row.priority,
    removeCompleted: row.removeCompleted,
    removeFailed: row.removeFailed,
    timeoutMs: row.timeoutMs,
    seedRatioLimit: row.seedRatioLimit,
    seedTimeMinutes: row.seedTimeMinutes,
    stalledAfterMinutes: row.stalledAfterMinutes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
