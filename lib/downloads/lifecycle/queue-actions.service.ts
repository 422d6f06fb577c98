import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { NotFoundError, parseInput } from "@/lib/errors";
import { publish } from "@/lib/events";
import { sendJob } from "@/lib/jobs";
import { isFinished, type DownloadItem } from "../clients/types";
import { updateDownloadRow, type DownloadRow } from "./download.repo";
import { progressItem, publishProgress } from "./progress-event";
import { remotePathMapper } from "@/lib/library";
import { toQueueItem, type QueueItem } from "./download.view";
import { withSubjects } from "./title-subject";
import { clientFailure, clientOfRow, finishedQueueRow, isFinishedRow, queueRow } from "./queue-row";
import { matchInput, type MatchInput } from "../match.input";
import { targetOf } from "./target";

async function progressChanged(actor: Actor, row: DownloadRow): Promise<void> {
  await publishProgress([progressItem(row)], { actorId: actorId(actor) });
}

/**
 * Pauses or resumes a download in its client. The status shown is the client's own answer (a
 * finished download keeps its import status: pausing only stops it seeding).
 */
async function setPaused(actor: Actor, id: string, paused: boolean): Promise<QueueItem> {
  assertCan(actor, "manage");
  const row = await queueRow(id);
  const { client, name } = await clientOfRow(row);
  let item: DownloadItem | null;
  try {
    await (paused ? client.pause(row.clientItemId) : client.resume(row.clientItemId));
    item = await client.get(row.clientItemId);
  } catch (error) {
    clientFailure(error, row, name);
  }
  if (!item) throw new NotFoundError(`"${row.title}" is no longer in ${name}`);
  const status = isFinishedRow(row)
    ? row.status
    : isFinished(item.status)
      ? "importing"
      : paused
        ? "paused"
        : item.status === "paused"
          ? "queued"
          : item.status;
  const updated = (await updateDownloadRow(row.id, { status, updatedAt: new Date() }))!;
  await progressChanged(actor, updated);
  return (await withSubjects([toQueueItem(updated, await remotePathMapper())]))[0];
}

export const pauseDownload = (actor: Actor, id: string): Promise<QueueItem> => setPaused(actor, id, true);
export const resumeDownload = (actor: Actor, id: string): Promise<QueueItem> => setPaused(actor, id, false);

/**
 * Sends a finished download (waiting, parked for extraction, or with a failed import) to the import
 * again, its error cleared. jobId is null when an import of it is already queued or running.
 */
export async function retryImport(actor: Actor, id: string): Promise<{ downloadId: string; jobId: string | null }> {
  assertCan(actor, "manage");
  const row = await finishedQueueRow(id);
  const updated = (await updateDownloadRow(row.id, { status: "importing", error: null, updatedAt: new Date() }))!;
  const jobId = await sendJob("downloads.import", { downloadId: row.id });
  await progressChanged(actor, updated);
  return { downloadId: row.id, jobId };
}

/** Points a download at another movie, or other episodes (of one series); the next import uses it. */
export async function changeMatch(actor: Actor, id: string, input: MatchInput): Promise<QueueItem> {
  assertCan(actor, "manage");
  const data = parseInput(matchInput, input);
  const row = await queueRow(id);
  const target = await targetOf(data);
  const updated = (await updateDownloadRow(row.id, { ...target, updatedAt: new Date() }))!;
  await publish(
    "download.matched",
    {
      downloadId: row.id,
      title: row.title,
      movieId: target.movieId,
      seriesId: target.seriesId,
      episodeIds: target.episodeIds,
    },
    { actorId: actorId(actor) },
  );
  return (await withSubjects([toQueueItem(updated, await remotePathMapper())]))[0];
}
