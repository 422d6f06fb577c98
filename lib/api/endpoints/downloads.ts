import { z } from "zod";
import { blocklistItemSchema, grabInput, historyItemSchema, historyQuery, queueItemSchema, removeFromQueueQuery } from "@/lib/downloads";
import { defineEndpoint, paginated } from "../endpoint";

const idParams = z.object({ id: z.string().min(1) });
const tag = "Downloads";

export const grabReleaseEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/releases/grab",
  summary: "Send a release (from a search) or a .torrent/.nzb link or magnet to a download client",
  description:
    "Tries the enabled clients of the release's protocol by priority and fails over to the next when one is down or refuses. Blocklisted releases are refused (409). Give movieId, or episodeIds of one series.",
  tag,
  minRole: "user",
  body: grabInput,
  response: z.object({
    downloadId: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    clientItemId: z.string().describe("info hash for torrents, the client's job id for usenet"),
    skipped: z.array(z.object({ clientName: z.string(), message: z.string() })).describe("clients tried first, and why they did not take it"),
  }),
  successStatus: 201,
});

export const queueEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/queue",
  summary: "Downloads not yet imported: status and progress as of the last check (about every minute)",
  tag,
  minRole: "readonly",
  response: z.object({ items: z.array(queueItemSchema) }),
});

export const removeFromQueueEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/queue/{id}",
  summary: "Take a download off the queue; optionally remove it (and its data) from the client and blocklist the release",
  tag,
  minRole: "user",
  params: idParams,
  query: removeFromQueueQuery,
  response: z.object({ removed: z.literal(true), removedFromClient: z.boolean() }),
});

export const historyEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/history",
  summary: "Grabbed, imported, failed and deleted downloads, newest first",
  tag,
  minRole: "readonly",
  query: historyQuery,
  response: paginated(historyItemSchema),
});

export const blocklistEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/blocklist",
  summary: "Releases that will not be grabbed again (failed downloads, or blocklisted by hand)",
  tag,
  minRole: "readonly",
  response: z.object({ items: z.array(blocklistItemSchema) }),
});

export const removeFromBlocklistEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/blocklist/{id}",
  summary: "Allow a blocklisted release again",
  tag,
  minRole: "user",
  params: idParams,
  response: z.object({ deleted: z.literal(true) }),
});

export const downloadEndpoints = [grabReleaseEndpoint, queueEndpoint, removeFromQueueEndpoint, historyEndpoint, blocklistEndpoint, removeFromBlocklistEndpoint];
