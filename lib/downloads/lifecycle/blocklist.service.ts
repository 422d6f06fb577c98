import { z } from "zod";
import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { getMovie, getSeries } from "@/lib/catalog";
import { ConflictError, NotFoundError, parseInput } from "@/lib/errors";
import { publish } from "@/lib/events";
import {
  blocklistPageRows,
  deleteBlocklistRow,
  findBlocked,
  insertBlocklist,
  listBlocklistRows,
} from "./download.repo";
import { toBlocklistItem, type BlocklistItem } from "./download.view";

const hexHash = /^([a-f0-9]{40}|[a-f0-9]{64})$/;

export const addToBlocklistInput = z
  .strictObject({
    title: z.string().trim().min(1, "is required").max(500).describe("The release name, as indexers list it"),
    protocol: z.enum(["torrent", "usenet"]),
    infoHash: z
      .string()
      .trim()
      .toLowerCase()
      .regex(hexHash, "must be a BitTorrent info hash (40 or 64 hex characters)")
      .optional()
      .describe("Torrents: blocks this info hash on every indexer"),
    guid: z.string().trim().min(1).max(2000).optional(),
    indexerId: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe("Blocks the title on this indexer only; left out: on every indexer"),
    indexerName: z.string().trim().min(1).max(100).optional(),
    movieId: z.string().min(1).max(100).optional(),
    seriesId: z.string().min(1).max(100).optional(),
    reason: z.string().trim().min(1).max(500).default("Blocklisted by hand"),
    expiresAt: z.iso
      .datetime({ offset: true, message: "use an ISO date and time such as 2030-01-31T00:00:00Z" })
      .nullable()
      .default(null)
      .describe("null: never expires"),
  })
  .superRefine((value, ctx) => {
    if (value.movieId && value.seriesId)
      ctx.addIssue({ code: "custom", path: ["seriesId"], message: "give a movie or a series, not both" });
    if (value.infoHash && value.protocol !== "torrent")
      ctx.addIssue({ code: "custom", path: ["infoHash"], message: "only torrents have an info hash" });
    if (value.expiresAt && Date.parse(value.expiresAt) <= Date.now())
      ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "must be in the future" });
  });
export type AddToBlocklistInput = z.input<typeof addToBlocklistInput>;

export async function listBlocklist(actor: Actor): Promise<BlocklistItem[]> {
  assertCan(actor, "read");
  return (await listBlocklistRows()).map(toBlocklistItem);
}

export const blocklistPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

/** A page of the blocklist, newest first (Activity → Blocklist). */
export async function listBlocklistPage(
  actor: Actor,
  input: z.input<typeof blocklistPageQuery> = {},
): Promise<{ items: BlocklistItem[]; total: number; page: number; pageSize: number }> {
  assertCan(actor, "read");
  const q = parseInput(blocklistPageQuery, input);
  const { rows, total } = await blocklistPageRows({ limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: rows.map(toBlocklistItem), total, page: q.page, pageSize: q.pageSize };
}

/** Blocklists a release by hand, so that no search grabs it again (until it expires). */
export async function addToBlocklist(actor: Actor, input: unknown): Promise<BlocklistItem> {
  assertCan(actor, "manage");
  const entry = parseInput(addToBlocklistInput, input);
  if (entry.movieId) await getMovie(actor, entry.movieId);
  if (entry.seriesId) await getSeries(actor, entry.seriesId);
  const blocked = await findBlocked({
    title: entry.title,
    indexerId: entry.indexerId ?? null,
    infoHash: entry.infoHash ?? null,
  });
  if (blocked) throw new ConflictError(`"${entry.title}" is on the blocklist already`, { blocklistId: blocked.id });
  const row = await insertBlocklist({
    title: entry.title,
    protocol: entry.protocol,
    infoHash: entry.infoHash ?? null,
    guid: entry.guid ?? null,
    indexerId: entry.indexerId ?? null,
    indexerName: entry.indexerName ?? null,
    movieId: entry.movieId ?? null,
    seriesId: entry.seriesId ?? null,
    reason: entry.reason,
    expiresAt: entry.expiresAt ? new Date(entry.expiresAt) : null,
  });
  await publish("download.blocklist.added", { blocklistId: row.id, title: row.title }, { actorId: actorId(actor) });
  return toBlocklistItem(row);
}

export async function removeFromBlocklist(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "manage");
  if (!(await deleteBlocklistRow(id))) throw new NotFoundError("No such blocklist entry");
  await publish("download.blocklist.removed", { blocklistId: id }, { actorId: actorId(actor) });
}
