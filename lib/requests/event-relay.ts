import { eventSubscriber, type MydiaEvent } from "@/lib/events";
import { sendJob } from "@/lib/jobs";
import { logger } from "@/lib/logger";

/** The download and library events that can move a request (grabbed, progress, failed, imported, files). */
const MOVING = new Set([
  "download.grabbed",
  "download.progress",
  "download.failed",
  "download.imported",
  "download.removed",
  "library.file.imported",
  "library.file.deleted",
  "library.file.restored",
  "library.scan.finished",
]);

function failedTitle(event: MydiaEvent): { failedMovieId?: string; failedSeriesId?: string } {
  if (event.type !== "download.failed") return {};
  const { movieId, seriesId } = event.payload;
  return movieId ? { failedMovieId: movieId } : seriesId ? { failedSeriesId: seriesId } : {};
}

/**
 * The worker's ear for request states: each download or library event queues a requests.sync
 * (deduplicated by its singleton key), so requesters see downloading and available as they happen.
 */
export function followRequestEvents(): () => void {
  return eventSubscriber().subscribe(({ event }) => {
    if (!MOVING.has(event.type)) return;
    sendJob("requests.sync", failedTitle(event)).catch((error: unknown) =>
      logger.warn({ err: error, type: event.type }, "could not queue requests.sync"),
    );
  });
}
