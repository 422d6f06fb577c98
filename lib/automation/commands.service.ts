import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { findEpisode, getMovie, getSeries } from "@/lib/catalog";
import { parseInput } from "@/lib/errors";
import { pendingJobFor, sendJob, type PayloadOf, type QueueName } from "@/lib/jobs";
import { listLibraries, requestScan } from "@/lib/library";

const id = z.string().min(1).max(100);

/** The *arr-style commands: each becomes jobs that System → Tasks shows live. */
export const commandInput = z.discriminatedUnion("name", [
  z.object({ name: z.literal("MovieSearch"), movieIds: z.array(id).min(1).max(500) }).strict(),
  z.object({ name: z.literal("SeriesSearch"), seriesId: id }).strict(),
  z
    .object({ name: z.literal("SeasonSearch"), seriesId: id, seasonNumber: z.number().int().min(0).max(10_000) })
    .strict(),
  z.object({ name: z.literal("EpisodeSearch"), episodeIds: z.array(id).min(1).max(500) }).strict(),
  z.object({ name: z.literal("RssSync") }).strict(),
  z.object({ name: z.literal("MissingSearch") }).strict(),
  z.object({ name: z.literal("CutoffUnmetSearch") }).strict(),
  z.object({ name: z.literal("RefreshMovie"), movieId: id }).strict(),
  z.object({ name: z.literal("RefreshSeries"), seriesId: id }).strict(),
  z.object({ name: z.literal("RescanLibrary"), libraryId: id.optional() }).strict(),
  z.object({ name: z.literal("CheckDownloads") }).strict(),
  z.object({ name: z.literal("RefreshDue") }).strict(),
]);
export type CommandInput = z.input<typeof commandInput>;
export const commandNames = commandInput.options.map((o) => o.shape.name.value);

export const commandResultSchema = z.object({
  name: z.string(),
  jobs: z.array(
    z.object({
      queue: z.string(),
      jobId: z.string().nullable().describe("null: the same job is already queued or running"),
      pendingJobId: z
        .string()
        .nullable()
        .describe("when jobId is null: the queued or running job that does the same work"),
    }),
  ),
});
export type CommandResult = z.infer<typeof commandResultSchema>;

/** Runs a command: checks the items exist, then queues its jobs (their progress shows in System → Tasks). */
export async function runCommand(actor: Actor, input: CommandInput): Promise<CommandResult> {
  assertCan(actor, "manage");
  const command = parseInput(commandInput, input);
  const jobs: CommandResult["jobs"] = [];
  const queued = async <Q extends QueueName>(queue: Q, data: PayloadOf<Q>) => {
    const jobId = await sendJob(queue, data);
    jobs.push({ queue, jobId, pendingJobId: jobId ? null : await pendingJobFor(queue, data) });
  };
  switch (command.name) {
    case "MovieSearch":
      for (const movieId of new Set(command.movieIds)) {
        await getMovie(actor, movieId);
        await queued("automation.search", { movieId, trigger: "user" });
      }
      break;
    case "SeriesSearch":
      await getSeries(actor, command.seriesId);
      await queued("automation.search", { seriesId: command.seriesId, trigger: "user" });
      break;
    case "SeasonSearch":
      await getSeries(actor, command.seriesId);
      await queued("automation.search", { seriesId: command.seriesId, season: command.seasonNumber, trigger: "user" });
      break;
    case "EpisodeSearch": {
      const episodes = await Promise.all(
        [...new Set(command.episodeIds)].map((episodeId) => findEpisode(actor, episodeId)),
      );
      for (const [seriesId, ofSeries] of Map.groupBy(episodes, (e) => e.seriesId)) {
        await queued("automation.search", { seriesId, episodeIds: ofSeries.map((e) => e.id), trigger: "user" });
      }
      break;
    }
    case "RssSync":
      await queued("automation.rss", { force: true });
      break;
    case "MissingSearch":
      await queued("automation.missing", {});
      break;
    case "CutoffUnmetSearch":
      await queued("automation.cutoff", {});
      break;
    case "RefreshMovie":
      await getMovie(actor, command.movieId);
      await queued("metadata.refresh", { kind: "movie", id: command.movieId });
      break;
    case "RefreshSeries":
      await getSeries(actor, command.seriesId);
      await queued("metadata.refresh", { kind: "series", id: command.seriesId });
      break;
    case "RescanLibrary": {
      const ids = command.libraryId ? [command.libraryId] : (await listLibraries(actor)).map((l) => l.id);
      for (const libraryId of ids) {
        const { jobId } = await requestScan(actor, libraryId);
        jobs.push({
          queue: "library.scan",
          jobId,
          pendingJobId: jobId ? null : await pendingJobFor("library.scan", { libraryId }),
        });
      }
      break;
    }
    case "RefreshDue":
      await queued("metadata.refresh", {});
      break;
    case "CheckDownloads":
      await queued("downloads.monitor", {});
      break;
  }
  return { name: command.name, jobs };
}
