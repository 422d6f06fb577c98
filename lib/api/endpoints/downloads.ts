import { z } from "zod";
import {
  addToBlocklistInput,
  blocklistItemSchema,
  downloadFilesSchema,
  grabInput,
  historyItemSchema,
  historyQuery,
  manualImportInput,
  matchInput,
  queueItemSchema,
  removeFromQueueQuery,
} from "@/lib/downloads";
import { defineEndpoint, paginated } from "../endpoint";

const idParams = z.object({ id: z.string().min(1) });
const tag = "Downloads";

export const grabReleaseEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/releases/grab",
  summary: "Send a release (by its id from a search) or a .torrent/.nzb link or magnet to a download client",
  description:
    "Tries the enabled clients of the release's protocol by priority and fails over to the next when one is down or refuses. " +
    "releaseId is the id GET /api/v1/releases gave the release: the server fetches what the indexer listed. " +
    "Blocklisted releases, and releases already in the queue or imported (same guid or info hash), are refused (409). " +
    "A search result the decision engine rejects for the movie or episodes (e.g. the file on disk is better) is refused with 409 and the reasons in error.details.rejections unless overrideRejection is true; with it, the import may replace a better file (History: replaced, by choice). " +
    "Give movieId, or episodeIds of one series, or seriesId alone for the episodes of that series the release name covers (a season pack: its whole season; 400 when the name names none). A bare downloadUrl (not from a search) needs the admin role, since the server fetches it.",
  tag,
  access: "manage",
  body: grabInput,
  response: z.object({
    downloadId: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    clientItemId: z.string().describe("info hash for torrents, the client's job id for usenet"),
    skipped: z
      .array(z.object({ clientName: z.string(), message: z.string() }))
      .describe("clients tried first, and why they did not take it"),
  }),
  successStatus: 201,
});

export const queueEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/queue",
  summary: "Downloads not yet imported: status and progress as of the last check (about every minute)",
  tag,
  access: "read",
  response: z.object({ items: z.array(queueItemSchema) }),
});

export const removeFromQueueEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/queue/{id}",
  summary:
    "Take a download off the queue; optionally remove it (and its data) from the client and blocklist the release",
  tag,
  access: "manage",
  params: idParams,
  query: removeFromQueueQuery,
  response: z.object({ removed: z.literal(true), removedFromClient: z.boolean() }),
});

export const pauseDownloadEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/queue/{id}/pause",
  summary: "Pause a download in its client (a finished torrent stops seeding)",
  tag,
  access: "manage",
  params: idParams,
  response: queueItemSchema,
});

export const resumeDownloadEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/queue/{id}/resume",
  summary: "Resume a paused download in its client",
  tag,
  access: "manage",
  params: idParams,
  response: queueItemSchema,
});

export const retryImportEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/queue/{id}/import",
  summary: "Retry the import of a finished download",
  description:
    "For a download that finished downloading and waits for its import, failed to import, or needs its RAR archives extracted first: clears the error and queues the import. 409 when the download is not finished or is imported already. jobId is null when an import of it is already queued or running.",
  tag,
  access: "manage",
  params: idParams,
  response: z.object({ downloadId: z.string(), jobId: z.string().nullable() }),
  successStatus: 202,
});

export const changeMatchEndpoint = defineEndpoint({
  method: "PUT",
  path: "/api/v1/queue/{id}/match",
  summary: "Point a download at another movie, or at other episodes (of one series)",
  description: "The next import (automatic, or a retry) imports into the new match.",
  tag,
  access: "manage",
  params: idParams,
  body: matchInput,
  response: queueItemSchema,
});

export const downloadFilesEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/queue/{id}/files",
  summary: "The video files of a finished download, with the movie or episodes each file name suggests",
  description: "The first step of a manual import. Path mappings are applied: paths are as this server sees them.",
  tag,
  access: "manage",
  params: idParams,
  response: downloadFilesSchema,
});

export const manualImportDownloadEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/queue/{id}/manual-import",
  summary: "Import chosen files of a finished download into chosen movies or episodes",
  description:
    'Each path must be a video file inside the download\'s folder (as listed by GET /api/v1/queue/{id}/files). Torrents are hardlinked (they keep seeding). The download is then marked imported, with an "imported" history entry ({manual: true}).',
  tag,
  access: "manage",
  params: idParams,
  body: manualImportInput,
  response: z.object({ downloadId: z.string(), imported: z.array(z.string()).describe("library-relative paths") }),
});

export const historyEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/history",
  summary:
    "What happened to downloads (grabbed, imported, failed, deleted, upgraded, renamed), newest first; filter with event=",
  tag,
  access: "read",
  query: historyQuery,
  response: paginated(historyItemSchema),
});

export const blocklistEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/blocklist",
  summary: "Releases that will not be grabbed again (failed downloads, or blocklisted by hand)",
  tag,
  access: "read",
  response: z.object({ items: z.array(blocklistItemSchema) }),
});

export const addToBlocklistEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/blocklist",
  summary: "Blocklist a release by hand, so that no search grabs it again",
  description:
    "Matches by info hash (torrents, on every indexer), else by title on the given indexer (or on every indexer). 409 when the release is blocklisted already.",
  tag,
  access: "manage",
  body: addToBlocklistInput,
  response: blocklistItemSchema,
  successStatus: 201,
});

export const removeFromBlocklistEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/blocklist/{id}",
  summary: "Allow a blocklisted release again",
  tag,
  access: "manage",
  params: idParams,
  response: z.object({ deleted: z.literal(true) }),
});

export const downloadEndpoints = [
  grabReleaseEndpoint,
  queueEndpoint,
  removeFromQueueEndpoint,
  pauseDownloadEndpoint,
  resumeDownloadEndpoint,
  retryImportEndpoint,
  changeMatchEndpoint,
  downloadFilesEndpoint,
  manualImportDownloadEndpoint,
  historyEndpoint,
  blocklistEndpoint,
  addToBlocklistEndpoint,
  removeFromBlocklistEndpoint,
];
