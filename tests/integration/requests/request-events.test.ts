import { describe, expect, it } from "vitest";
import { publish } from "@/lib/events";
import { pendingJobFor } from "@/lib/jobs";
import { until } from "../../helpers/until";

/** The worker's ear: download and library events queue a requests.sync (a failed download names its title). */
describe("requests follow download and library events", () => {
  it("queues requests.sync on a library import and on a failed download", async () => {
    const { followRequestEvents } = await import("@/lib/requests");
    const stop = followRequestEvents();
    try {
      // Events the requests do not care about queue nothing.
      await publish("catalog.movie.added", { id: "m1", title: "Heat" });
      await publish("library.file.imported", {
        libraryId: "l1",
        mediaFileId: "f1",
        relativePath: "Heat (1995)/Heat (1995).mkv",
        movieId: "m1",
      });
      await until("a requests.sync job after the import", () => pendingJobFor("requests.sync", {}), 10_000, 50);
      await publish("download.failed", {
        downloadId: "d1",
        title: "Heat.1995.1080p.BluRay.x264-GRP",
        reason: "stalled",
        movieId: "m1",
        seriesId: null,
        episodeIds: [],
      });
      await until(
        "a requests.sync job naming the failed movie",
        () => pendingJobFor("requests.sync", { failedMovieId: "m1" }),
        10_000,
        50,
      );
    } finally {
      stop();
    }
    expect(await pendingJobFor("requests.sync", { failedSeriesId: "s1" })).toBeNull();
  });
});
