import { z } from "zod";
import type { Actor } from "@/lib/accounts";
import { runCommand, type CommandInput } from "@/lib/automation";
import { getMovie, getSeries } from "@/lib/catalog";
import { NotFoundError } from "@/lib/errors";
import { findJobs, isQueueName } from "@/lib/jobs";
import { entityIdOf } from "../ids";
import type { Persona } from "../persona";
import { commandKnown, commandState, toArrCommand, unknownCommand } from "./command.mapper";
import { findArrCommand, insertArrCommand, recentArrCommands, type ArrCommandRow } from "./commands.repo";
import { arrManualImportCommand, manualImportCommandBody } from "./manual-import.service";

const ids = z.array(z.number().int()).max(500);

/** A CommandResource as clients post it: the name and the fields of that command (the rest is ignored). */
export const commandBody = z
  .object({
    name: z.string().min(1).max(100),
    movieIds: ids.optional(),
    movieId: z.number().int().optional(),
    seriesId: z.number().int().optional(),
    seriesIds: ids.optional(),
    seasonNumber: z.number().int().min(0).optional(),
    episodeIds: ids.optional(),
  })
  .loose();
export type CommandBody = z.output<typeof commandBody>;

const uuids = (kind: "movie" | "series" | "episode", arrIds: readonly number[]) =>
  Promise.all([...new Set(arrIds)].map((id) => entityIdOf(kind, id)));

/** The Mydia commands that do what the client's command asks. */
async function mydiaCommands(actor: Actor, body: CommandBody): Promise<CommandInput[]> {
  const movieIds = [...(body.movieIds ?? []), ...(body.movieId !== undefined ? [body.movieId] : [])];
  const seriesIds = [...(body.seriesIds ?? []), ...(body.seriesId !== undefined ? [body.seriesId] : [])];
  switch (body.name) {
    case "MoviesSearch":
      return movieIds.length ? [{ name: "MovieSearch", movieIds: await uuids("movie", movieIds) }] : [];
    case "SeriesSearch":
      return (await uuids("series", seriesIds)).map((seriesId) => ({ name: "SeriesSearch", seriesId }));
    case "SeasonSearch":
      return (await uuids("series", seriesIds)).map((seriesId) => ({
        name: "SeasonSearch",
        seriesId,
        seasonNumber: body.seasonNumber ?? 1,
      }));
    case "EpisodeSearch":
      return body.episodeIds?.length
        ? [{ name: "EpisodeSearch", episodeIds: await uuids("episode", body.episodeIds) }]
        : [];
    case "MissingEpisodeSearch":
      // A series' missing episodes are what a series search looks for (its monitored episodes without a file).
      return seriesIds.length
        ? (await uuids("series", seriesIds)).map((seriesId) => ({ name: "SeriesSearch", seriesId }))
        : [{ name: "MissingSearch" }];
    case "MissingMoviesSearch":
      return [{ name: "MissingSearch" }];
    case "CutoffUnmetMoviesSearch":
    case "CutoffUnmetEpisodeSearch":
    case "CutOffUnmetEpisodeSearch":
      return [{ name: "CutoffUnmetSearch" }];
    case "RssSync":
      return [{ name: "RssSync" }];
    case "RefreshMovie":
      return movieIds.length
        ? (await uuids("movie", movieIds)).map((movieId) => ({ name: "RefreshMovie", movieId }))
        : [{ name: "RefreshDue" }];
    case "RefreshSeries":
      return seriesIds.length
        ? (await uuids("series", seriesIds)).map((seriesId) => ({ name: "RefreshSeries", seriesId }))
        : [{ name: "RefreshDue" }];
    case "RescanMovie": {
      if (!movieIds.length) return [{ name: "RescanLibrary" }];
      const movies = await Promise.all((await uuids("movie", movieIds)).map((id) => getMovie(actor, id)));
      return [...new Set(movies.map((m) => m.libraryId))].map((libraryId) => ({ name: "RescanLibrary", libraryId }));
    }
    case "RescanSeries": {
      if (!seriesIds.length) return [{ name: "RescanLibrary" }];
      const series = await Promise.all((await uuids("series", seriesIds)).map((id) => getSeries(actor, id)));
      return [...new Set(series.map((s) => s.libraryId))].map((libraryId) => ({ name: "RescanLibrary", libraryId }));
    }
    default:
      // DownloadedMoviesScan, DownloadedEpisodesScan, RefreshMonitoredDownloads…: look at the clients now.
      return [{ name: "CheckDownloads" }];
  }
}

async function answer(row: ArrCommandRow) {
  const refs = row.jobs.flatMap((job) =>
    job.jobId && isQueueName(job.queue) ? [{ queue: job.queue, jobId: job.jobId }] : [],
  );
  const found = await findJobs(refs);
  return toArrCommand(
    row.persona,
    row,
    commandState(
      refs.map((ref) => ref.jobId),
      found,
      row.createdAt,
    ),
  );
}

/**
 * POST command: runs the Mydia commands behind it and records the jobs they queued (a job already
 * queued for the same work is followed instead), so GET command/{id} answers from their state.
 */
export async function arrRunCommand(actor: Actor, persona: Persona, body: CommandBody) {
  if (body.name === "ManualImport") {
    const jobs = await arrManualImportCommand(actor, persona, manualImportCommandBody.parse(body));
    return answer(await insertArrCommand({ persona, name: body.name, body: bodyOf(body), jobs }));
  }
  if (!commandKnown(persona, body.name)) throw unknownCommand(persona, body.name);
  const jobs: ArrCommandRow["jobs"] = [];
  for (const command of await mydiaCommands(actor, body)) {
    const result = await runCommand(actor, command);
    for (const job of result.jobs) jobs.push({ queue: job.queue, jobId: job.jobId ?? job.pendingJobId });
  }
  return answer(await insertArrCommand({ persona, name: body.name, body: bodyOf(body), jobs }));
}

/** The command's own fields as the client sent them (not the resource's read-only ones). */
function bodyOf(body: CommandBody): Record<string, unknown> {
  const readOnly = new Set(["id", "status", "queued", "started", "ended", "duration", "result", "body", "message"]);
  return Object.fromEntries(Object.entries(body).filter(([key]) => !readOnly.has(key)));
}

export async function arrCommand(persona: Persona, id: number) {
  const row = await findArrCommand(persona, id);
  if (!row) throw new NotFoundError(`No command with id ${id}`);
  return answer(row);
}

/** The recent commands of this persona, newest first. */
export async function arrRecentCommands(persona: Persona) {
  return Promise.all((await recentArrCommands(persona, 50)).map(answer));
}
