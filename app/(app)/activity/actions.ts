"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { z } from "zod";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import {
  releaseEpisodes,
  releaseRejections,
  releaseTarget,
  releaseTargetQuery,
  type ReleaseTarget,
  type ReleaseTargetQuery,
} from "@/lib/automation";
import { getMovie, listEpisodes, listMovies, listSeries } from "@/lib/catalog";
import {
  changeMatch,
  grab,
  grabInput,
  listDownloadFiles,
  manualImportDownload,
  manualImportInput,
  queueRemovalInput,
  type QueueRemovalInput,
  matchInput,
  pauseDownload,
  removeFromBlocklist,
  removeFromQueue,
  resumeDownload,
  retryImport,
  type DownloadFiles,
  type GrabInput,
  type GrabResult,
  type ManualImportInput,
  type MatchInput,
} from "@/lib/downloads";

import { restoreRecycled, type RestoreResult } from "@/lib/library";

const PATH = "/activity";

export async function restoreRecycledAction(libraryId: string, id: string): Promise<ActionResult<RestoreResult>> {
  return runAction([arg.id, z.string().min(1).max(4000)], [libraryId, id], async (libraryId, id) => {
    const result = await restoreRecycled(await requireActionActor("manage"), libraryId, { id });
    revalidatePath(PATH);
    return result;
  });
}

export async function removeFromQueueAction(
  id: string,
  options: QueueRemovalInput,
): Promise<ActionResult<{ removedFromClient: boolean }>> {
  return runAction([arg.id, queueRemovalInput], [id, options], async (id, options) => {
    const result = await removeFromQueue(await requireActionActor("manage"), id, options);
    revalidatePath(PATH);
    return { removedFromClient: result.removedFromClient };
  });
}

export async function removeFromBlocklistAction(id: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id], [id], async (id) => {
    await removeFromBlocklist(await requireActionActor("manage"), id);
    revalidatePath(PATH);
    return undefined;
  });
}

export async function grabAction(input: GrabInput): Promise<ActionResult<GrabResult>> {
  return runAction([grabInput], [input], async (input) => {
    const result = await grab(await requireActionActor("manage"), input, {
      judge: releaseRejections,
      coverage: releaseEpisodes,
    });
    revalidatePath(PATH);
    return result;
  });
}

/** What a free-text search result is for (the catalog title its name matches, the episodes it covers); with seriesId, that series' episodes. */
export async function releaseTargetAction(
  releaseId: string,
  query: ReleaseTargetQuery = {},
): Promise<ActionResult<ReleaseTarget>> {
  return runAction([arg.id, releaseTargetQuery], [releaseId, query], async (releaseId, query) =>
    releaseTarget(await requireActionActor("manage"), releaseId, query),
  );
}

export async function setPausedAction(id: string, paused: boolean): Promise<ActionResult<undefined>> {
  return runAction([arg.id, arg.flag], [id, paused], async (id, paused) => {
    const actor = await requireActionActor("manage");
    await (paused ? pauseDownload(actor, id) : resumeDownload(actor, id));
    revalidatePath(PATH);
    return undefined;
  });
}

export async function retryImportAction(id: string): Promise<ActionResult<undefined>> {
  return runAction([arg.id], [id], async (id) => {
    await retryImport(await requireActionActor("manage"), id);
    revalidatePath(PATH);
    return undefined;
  });
}

export async function changeMatchAction(id: string, input: MatchInput): Promise<ActionResult<undefined>> {
  return runAction([arg.id, matchInput], [id, input], async (id, input) => {
    await changeMatch(await requireActionActor("manage"), id, input);
    revalidatePath(PATH);
    return undefined;
  });
}

export interface PickerItem {
  id: string;
  title: string;
  year: number | null;
}

/** Movies or series of the catalog whose title contains the text (the first 20 by title). */
export async function searchCatalogAction(kind: "movie" | "series", text: string): Promise<ActionResult<PickerItem[]>> {
  return runAction([z.enum(["movie", "series"]), arg.text], [kind, text], async (kind, text) => {
    const actor = await requireActionActor("manage");
    const query = { q: text.trim() || undefined, pageSize: 20, sort: "title" as const };
    const page = kind === "movie" ? await listMovies(actor, query) : await listSeries(actor, query);
    return page.items.map((i) => ({ id: i.id, title: i.title, year: i.year }));
  });
}

export interface EpisodeChoice {
  id: string;
  seasonNumber: number;
  episodeNumber: number;
  title: string | null;
}

export async function seriesEpisodesAction(seriesId: string): Promise<ActionResult<EpisodeChoice[]>> {
  return runAction([arg.id], [seriesId], async (seriesId) => {
    const episodes = await listEpisodes(await requireActionActor("manage"), seriesId);
    return episodes
      .filter((e) => !e.removedAt)
      .map((e) => ({ id: e.id, seasonNumber: e.seasonNumber, episodeNumber: e.episodeNumber, title: e.title }))
      .sort((a, b) => a.seasonNumber - b.seasonNumber || a.episodeNumber - b.episodeNumber);
  });
}

export interface ManualImportChoices extends DownloadFiles {
  movie: PickerItem | null;
  episodes: EpisodeChoice[];
}

/** The files of a finished download and what they can be imported as (its movie, or its series' episodes). */
export async function manualImportChoicesAction(
  id: string,
  match: { movieId: string | null; seriesId: string | null },
): Promise<ActionResult<ManualImportChoices>> {
  const matched = z.strictObject({ movieId: arg.id.nullable(), seriesId: arg.id.nullable() });
  return runAction([arg.id, matched], [id, match], async (id, match) => {
    const actor = await requireActionActor("manage");
    const listing = await listDownloadFiles(actor, id);
    const movie = match.movieId ? await getMovie(actor, match.movieId) : null;
    const episodes = match.seriesId ? await listEpisodes(actor, match.seriesId) : [];
    return {
      ...listing,
      movie: movie ? { id: movie.id, title: movie.title, year: movie.year } : null,
      episodes: episodes
        .filter((e) => !e.removedAt)
        .map((e) => ({ id: e.id, seasonNumber: e.seasonNumber, episodeNumber: e.episodeNumber, title: e.title }))
        .sort((a, b) => a.seasonNumber - b.seasonNumber || a.episodeNumber - b.episodeNumber),
    };
  });
}

export async function manualImportAction(
  id: string,
  input: ManualImportInput,
): Promise<ActionResult<{ imported: string[] }>> {
  return runAction([arg.id, manualImportInput], [id, input], async (id, input) => {
    const result = await manualImportDownload(await requireActionActor("manage"), id, input);
    revalidatePath(PATH);
    return { imported: result.imported };
  });
}
