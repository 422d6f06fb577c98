import { tx } from "@/lib/db";
import { publish, type DownloadProgressItem } from "@/lib/events";
import { sendJob } from "@/lib/jobs";
import { resolveRemotePath } from "@/lib/library";
import { logger as rootLogger } from "@/lib/logger";
import { downloadClientDefinitions } from "../clients/definitions";
import { DownloadClientError } from "../clients/errors";
import { isFinished, type DownloadClient, type DownloadItem } from "../clients/types";
import { backedOff, clientHealthById, noteClientAnswered, recordClientUnreachable } from "../client-health";
import { listDownloadClientRows, type DownloadClientRow } from "../download-client.repo";
import { clientFor } from "../download-client.runtime";
import { adoptItem, NOT_MATCHED_MESSAGE, type CategoryKind } from "./adopt";
import {
  insertBlocklist,
  insertHistory,
  knownClientItemIds,
  listMonitoredDownloads,
  listSeedingDownloads,
  updateDownloadRow,
  updateDownloadRowIfUnchanged,
  type DownloadRow,
} from "./download.repo";
import { videoFilesIn } from "./download-files";
import { progressItem, publishProgress } from "./progress-event";
import { seedGoalReached } from "./seed-goal";
import { lastProgressOf, stalledMessage } from "./stalled";

const logger = rootLogger.child({ context: "downloads.monitor" });

export interface MonitorSummary {
  /** Downloads looked up in their clients (not counting imported torrents seeding to their goal). */
  polled: number;
  /** Downloads queued, downloading, verifying or waiting for their import after the pass: worth polling again soon. */
  active: number;
  updated: number;
  /** Finished downloads sent to the import. */
  completed: number;
  failed: number;
  removed: number;
  /** Downloads stalled after the pass: no progress for the client's timeout, or so the client says. */
  stalled: number;
  /** Items added to a client by hand in one of Mydia's categories, recorded by this pass. */
  adopted: number;
  /** Imported torrents still seeding towards their client's seed goal. */
  seeding: number;
  /** Imported torrents removed from their client (with their data) because their seed goal was reached. */
  seedingDone: number;
  /** Clients that could not be asked (their downloads are left as they were). */
  unreachable: { clientName: string; message: string }[];
}

export interface MonitorOptions {
  signal?: AbortSignal;
  /** The clock (tests move it forward instead of waiting). */
  now?: () => Date;
}

interface Pass {
  now: Date;
  signal?: AbortSignal;
  summary: MonitorSummary;
  /** Adoption candidates seen in this pass (see `sightings`). */
  seen: Set<string>;
  /** Downloads whose queue state changed: one `download.progress` event at the end of the pass. */
  progress: DownloadProgressItem[];
}

interface ClientContext {
  row: DownloadClientRow;
  client: DownloadClient;
}

interface Listed {
  item: DownloadItem;
  /** Which of Mydia's categories it is in; null for none (listed because a category is unset). */
  kind: CategoryKind | null;
}

const activeStatuses = new Set(["queued", "downloading", "verifying"]);
/** Finished downloads parked by their import: the monitor keeps these statuses and sends no import. */
const parked = new Set(["needs-extraction", "not-an-upgrade"]);

/**
 * Items unknown to Mydia, by client and item, with the pass that first saw them. An item is adopted
 * when a later pass still finds no download for it: a grab records its download just after adding
 * the item, and a pass in between must not take the item for one added by hand.
 */
const sightings = new Map<string, number>();
let passNumber = 0;

const emptySummary = (): MonitorSummary => ({
  polled: 0,
  active: 0,
  updated: 0,
  completed: 0,
  failed: 0,
  removed: 0,
  stalled: 0,
  adopted: 0,
  seeding: 0,
  seedingDone: 0,
  unreachable: [],
});

function kindOf(row: DownloadClientRow, category: string | null): CategoryKind | null {
  if (!category) return null;
  const movie = category === row.movieCategory;
  const tv = category === row.tvCategory;
  return movie && tv ? "either" : movie ? "movie" : tv ? "tv" : null;
}

/** Items of the client in the categories Mydia uses (all items when a category is unset). */
async function itemsOf(
  client: DownloadClient,
  row: DownloadClientRow,
  signal?: AbortSignal,
): Promise<Map<string, Listed>> {
  if (row.movieCategory === null || row.tvCategory === null) {
    const items = await client.list({}, { signal });
    return new Map(items.map((item) => [item.id.toLowerCase(), { item, kind: kindOf(row, item.category) }]));
  }
  const categories = [...new Set([row.movieCategory, row.tvCategory])];
  const lists = await Promise.all(
    categories.map(async (category) =>
      (await client.list({ category }, { signal })).map((item) => ({ item, kind: kindOf(row, category) })),
    ),
  );
  return new Map(lists.flat().map((listed) => [listed.item.id.toLowerCase(), listed]));
}

const rounded = (progress: number) => Math.round(progress * 10) / 10;
const matched = (row: DownloadRow) => row.movieId !== null || row.seriesId !== null;

/**
 * One pass over every download Mydia is watching: progress from the clients, stalled ones flagged,
 * finished ones sent to import, failed ones blocklisted, ones removed from the client by hand marked
 * removed; items added to a client by hand in Mydia's categories recorded; imported torrents removed
 * from their client once their seed goal is reached.
 */
export async function monitorDownloads(options: MonitorOptions = {}): Promise<MonitorSummary> {
  const pass: Pass = {
    now: (options.now ?? (() => new Date()))(),
    signal: options.signal,
    summary: emptySummary(),
    seen: new Set(),
    progress: [],
  };
  passNumber++;
  try {
    return await monitorPass(pass);
  } finally {
    await publishProgress(pass.progress);
  }
}

async function monitorPass(pass: Pass): Promise<MonitorSummary> {
  const [rows, seeding, clientRows, health] = await Promise.all([
    listMonitoredDownloads(),
    listSeedingDownloads(),
    listDownloadClientRows(),
    clientHealthById(),
  ]);
  const rowsByClient = Map.groupBy(rows, (r) => r.clientId ?? "");
  const seedingByClient = Map.groupBy(seeding, (r) => r.clientId ?? "");
  const clientIds = new Set(clientRows.map((c) => c.id));
  for (const [clientId, downloads] of rowsByClient) {
    if (clientIds.has(clientId)) continue;
    for (const row of downloads) await markRemoved(pass, row, "its download client was deleted from Mydia");
  }
  for (const clientRow of clientRows) {
    const downloads = rowsByClient.get(clientRow.id) ?? [];
    const seeded = seedingByClient.get(clientRow.id) ?? [];
    const adopting = clientRow.enabled && (clientRow.movieCategory !== null || clientRow.tvCategory !== null);
    if (downloads.length === 0 && seeded.length === 0 && !adopting) continue;
    const state = health.get(clientRow.id);
    // A client that did not answer is asked again when its back-off ends.
    if (backedOff(state, pass.now)) {
      if (downloads.length > 0 || seeded.length > 0)
        pass.summary.unreachable.push({ clientName: clientRow.name, message: state?.message ?? "not answering" });
      continue;
    }
    let ctx: ClientContext;
    let items: Map<string, Listed>;
    try {
      ctx = { row: clientRow, client: clientFor(clientRow) };
      items = await itemsOf(ctx.client, clientRow, pass.signal);
    } catch (error) {
      if (!(error instanceof DownloadClientError)) throw error;
      await recordClientUnreachable(clientRow, error.message, pass.now);
      if (downloads.length === 0 && seeded.length === 0) {
        // Only asked to find items added by hand: Settings → Download clients → Test shows what is wrong.
        logger.debug({ client: clientRow.name, err: error }, "download client not reachable");
        continue;
      }
      logger.warn(
        { client: clientRow.name, err: error },
        "download client not reachable; its downloads are left as they are",
      );
      pass.summary.unreachable.push({ clientName: clientRow.name, message: error.message });
      continue;
    }
    await noteClientAnswered(clientRow, state, pass.now);
    for (const row of downloads) await poll(pass, ctx, row, items.get(row.clientItemId.toLowerCase()));
    if (adopting) await adoptNew(pass, ctx, items, [...downloads, ...seeded]);
    for (const row of seeded) await seedOn(pass, ctx, row, items.get(row.clientItemId.toLowerCase()));
  }
  for (const key of sightings.keys()) if (!pass.seen.has(key)) sightings.delete(key);
  return pass.summary;
}

async function poll(pass: Pass, ctx: ClientContext, row: DownloadRow, listed: Listed | undefined): Promise<void> {
  pass.summary.polled++;
  if (!listed) return markRemoved(pass, row, "removed from the download client");
  if (listed.item.status === "failed") return markFailed(pass, ctx, row, listed.item);
  const { status, error } = await track(pass, ctx, row, listed.item);
  if (status === "stalled") pass.summary.stalled++;
  if (activeStatuses.has(status) || (status === "importing" && error === null && matched(row))) pass.summary.active++;
}

/** Whether the download's folder (as this server sees it) holds a video file now. */
async function holdsVideo(outputPath: string | null): Promise<boolean> {
  if (!outputPath) return false;
  try {
    return (await videoFilesIn(await resolveRemotePath(outputPath))).length > 0;
  } catch {
    return false;
  }
}

async function track(
  pass: Pass,
  ctx: ClientContext,
  row: DownloadRow,
  item: DownloadItem,
): Promise<{ status: string; error: string | null }> {
  const { now } = pass;
  const finished = isFinished(item.status);
  const progress = finished ? 100 : rounded(item.progress);
  const outputPath = item.outputPath ?? row.outputPath;
  const lastProgressAt = lastProgressOf(row, item, progress, now);
  let status: string;
  let error: string | null;
  if (finished) {
    // Parked (for extraction, or as not an upgrade): only the import changes that status, except
    // that archives unpacked in place (by Unpackerr, or by hand) send it to the import again.
    const extracted = row.status === "needs-extraction" && matched(row) && (await holdsVideo(outputPath));
    status = parked.has(row.status) && !extracted ? row.status : "importing";
    // Once finished, the error column belongs to the import (a failed import keeps its message).
    const importError =
      (row.status === "importing" || parked.has(row.status)) && row.error !== NOT_MATCHED_MESSAGE && !extracted
        ? row.error
        : null;
    error = matched(row) ? importError : NOT_MATCHED_MESSAGE;
  } else {
    const stalled = stalledMessage(item.status, lastProgressAt, ctx.row.stalledAfterMinutes, now);
    const clientMessage = item.status === "warning" || item.status === "stalled" ? item.message : null;
    status = stalled ? "stalled" : item.status;
    error = stalled
      ? clientMessage
        ? `${stalled} (${clientMessage})`
        : stalled
      : (clientMessage ?? (matched(row) ? null : NOT_MATCHED_MESSAGE));
  }
  const visible =
    status !== row.status || progress !== row.progress || outputPath !== row.outputPath || error !== row.error;
  const write = visible || lastProgressAt.getTime() !== row.lastProgressAt?.getTime();
  const importNow = finished && status === "importing" && matched(row);
  let changedMeanwhile = false;
  if (write || importNow) {
    // The finished row and its import job commit together. Sent on every pass until imported:
    // the singleton key keeps one job per download.
    await tx(async (t) => {
      if (write) {
        const written = await updateDownloadRowIfUnchanged(
          row,
          {
            status,
            progress,
            outputPath,
            error,
            lastProgressAt,
            ...(visible ? { updatedAt: now } : {}),
            ...(finished && !row.finishedAt ? { finishedAt: now } : {}),
          },
          t,
        );
        // Paused, resumed or re-matched since this pass read the row: the next pass sees the new state.
        if (!written) {
          changedMeanwhile = true;
          return;
        }
      }
      if (importNow) await sendJob("downloads.import", { downloadId: row.id }, { db: t });
    });
  }
  if (changedMeanwhile) return { status: row.status, error: row.error };
  if (visible) {
    pass.summary.updated++;
    pass.progress.push(progressItem({ ...row, status, progress, error }, item));
  }
  if (importNow) pass.summary.completed++;
  return { status, error };
}

async function markFailed(pass: Pass, ctx: ClientContext, row: DownloadRow, item: DownloadItem): Promise<void> {
  const reason = item.message ?? "the download client reported it failed";
  const { now } = pass;
  // One transaction: a worker killed here never leaves a failed download off the blocklist.
  await tx(async (t) => {
    await updateDownloadRow(
      row.id,
      { status: "failed", error: reason, progress: rounded(item.progress), updatedAt: now, finishedAt: now },
      t,
    );
    await insertHistory(
      {
        downloadId: row.id,
        event: "failed",
        title: row.title,
        movieId: row.movieId,
        seriesId: row.seriesId,
        data: { reason, clientName: row.clientName },
      },
      t,
    );
    await insertBlocklist(
      {
        title: row.title,
        indexerId: row.indexerId,
        indexerName: row.indexerName,
        guid: row.guid,
        infoHash: row.infoHash,
        protocol: row.protocol,
        movieId: row.movieId,
        seriesId: row.seriesId,
        reason,
      },
      t,
    );
    await publish(
      "download.failed",
      {
        downloadId: row.id,
        title: row.title,
        reason,
        movieId: row.movieId,
        seriesId: row.seriesId,
        episodeIds: row.episodeIds,
      },
      { db: t },
    );
    // Look for another release at once: the search sees this one on the blocklist. In the same
    // transaction, so a worker killed here never leaves the failure without its re-search.
    if (row.movieId) await sendJob("automation.search", { movieId: row.movieId, trigger: "failed" }, { db: t });
    else if (row.episodeIds.length > 0)
      await sendJob("automation.search", { episodeIds: row.episodeIds, trigger: "failed" }, { db: t });
  });
  pass.summary.failed++;
  if (ctx.row.removeFailed) {
    await ctx.client
      .remove(row.clientItemId, { deleteFiles: true })
      .catch((error: unknown) =>
        logger.warn({ err: error, download: row.id }, "failed download not removed from the client"),
      );
  }
}

/** Gone from the client, or its client deleted: off the queue. An imported download keeps its "imported" status. */
async function markRemoved(pass: Pass, row: DownloadRow, reason: string): Promise<void> {
  const { now } = pass;
  await updateDownloadRow(row.id, {
    ...(row.imported ? {} : { status: "removed", error: reason }),
    removedAt: now,
    updatedAt: now,
  });
  await insertHistory({
    downloadId: row.id,
    event: "deleted",
    title: row.title,
    movieId: row.movieId,
    seriesId: row.seriesId,
    data: { reason },
  });
  pass.summary.removed++;
  await publish("download.removed", { downloadId: row.id, title: row.title, reason });
}

/** Records the items in Mydia's categories that no download of this client is for, each on its second sighting. */
async function adoptNew(
  pass: Pass,
  ctx: ClientContext,
  items: Map<string, Listed>,
  tracked: DownloadRow[],
): Promise<void> {
  const trackedIds = new Set(tracked.map((r) => r.clientItemId.toLowerCase()));
  const candidates = [...items.entries()].flatMap(([id, { item, kind }]) =>
    kind !== null && !trackedIds.has(id) ? [{ id, item, kind }] : [],
  );
  if (candidates.length === 0) return;
  const known = await knownClientItemIds(
    ctx.row.id,
    candidates.map((c) => c.id),
  );
  const protocol = downloadClientDefinitions[ctx.row.kind].protocol;
  for (const { id, item, kind } of candidates) {
    if (known.has(id)) continue;
    const key = `${ctx.row.id}:${id}`;
    pass.seen.add(key);
    const first = sightings.get(key);
    if (first === undefined) sightings.set(key, passNumber);
    if (first === undefined || first === passNumber) continue;
    sightings.delete(key);
    const row = await adoptItem(ctx.row, protocol, item, kind, pass.now);
    pass.summary.adopted++;
    if (row.status !== "failed") await poll(pass, ctx, row, { item, kind });
  }
}

/** An imported torrent seeding on: removed from the client, with its data, once the client's seed goal is reached. */
async function seedOn(pass: Pass, ctx: ClientContext, row: DownloadRow, listed: Listed | undefined): Promise<void> {
  if (!listed) return markRemoved(pass, row, "removed from the download client");
  const reason = seedGoalReached(ctx.row, listed.item, row.finishedAt, pass.now);
  if (!reason) {
    pass.summary.seeding++;
    return;
  }
  try {
    // The library holds a hardlink (or a copy) of each imported file: removing the client's data leaves it.
    await ctx.client.remove(row.clientItemId, { deleteFiles: true }, { signal: pass.signal });
  } catch (error) {
    if (!(error instanceof DownloadClientError)) throw error;
    logger.warn(
      { err: error, download: row.id },
      "seeded torrent not removed from the client; trying again on the next pass",
    );
    pass.summary.seeding++;
    return;
  }
  const { now } = pass;
  await updateDownloadRow(row.id, { removedAt: now, updatedAt: now });
  await insertHistory({
    downloadId: row.id,
    event: "deleted",
    title: row.title,
    movieId: row.movieId,
    seriesId: row.seriesId,
    data: { reason, clientName: row.clientName },
  });
  pass.summary.seedingDone++;
  await publish("download.removed", { downloadId: row.id, title: row.title, reason });
}
