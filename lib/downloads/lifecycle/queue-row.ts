import { ConflictError, NotFoundError, UnavailableError } from "@/lib/errors";
import { DownloadClientError } from "../clients/errors";
import type { DownloadClient } from "../clients/types";
import { getDownloadClientRow } from "../download-client.repo";
import { clientFor } from "../download-client.runtime";
import { getDownloadRow, type DownloadRow } from "./download.repo";

/** Statuses of a download whose data is complete and waits for (or failed) its import. */
export const finishedStatuses = ["importing", "needs-extraction", "not-an-upgrade"] as const;

export const isFinishedRow = (row: DownloadRow): boolean =>
  (finishedStatuses as readonly string[]).includes(row.status);

/** A download still on the queue (not removed, not imported). */
export async function queueRow(id: string): Promise<DownloadRow> {
  const row = await getDownloadRow(id);
  if (!row || row.removedAt) throw new NotFoundError("No such download in the queue");
  if (row.imported) throw new ConflictError(`"${row.title}" is imported already`);
  return row;
}

/** A finished download on the queue: what retry and manual import work on. */
export async function finishedQueueRow(id: string): Promise<DownloadRow> {
  const row = await queueRow(id);
  if (!isFinishedRow(row)) throw new ConflictError(`"${row.title}" has not finished downloading (it is ${row.status})`);
  return row;
}

/** The adapter of the client a download is in. */
export async function clientOfRow(row: DownloadRow): Promise<{ client: DownloadClient; name: string }> {
  const clientRow = row.clientId ? await getDownloadClientRow(row.clientId) : null;
  if (!clientRow) throw new UnavailableError(`The download client of "${row.title}" was deleted from Mydia`);
  return { client: clientFor(clientRow), name: clientRow.name };
}

/** Download-client failures as domain errors: gone from the client → not found, anything else → unavailable. */
export function clientFailure(error: unknown, row: DownloadRow, clientName: string): never {
  if (!(error instanceof DownloadClientError)) throw error;
  if (error.kind === "not-found") throw new NotFoundError(`"${row.title}" is no longer in ${clientName}`);
  throw new UnavailableError(`${clientName}: ${error.message}`, { kind: error.kind });
}
