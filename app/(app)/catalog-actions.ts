"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { z } from "zod";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import {
  deleteMovie,
  deleteSeries,
  removeTitleOptions,
  resolveLibrary,
  updateSeriesMonitoring,
  type RemoveTitleOptions,
} from "@/lib/library";
import {
  addMovie,
  addMovieInput,
  addSeries,
  addSeriesInput,
  requestRefresh,
  setEpisodesMonitoredBulk,
  setSeasonMonitored,
  updateEpisode,
  updateMovie,
  updateMovieInput,
  updateSeriesInput,
  type AddMovieInput,
  type AddSeriesInput,
  type UpdateMovieInput,
  type UpdateSeriesInput,
} from "@/lib/catalog";

// The services check roles themselves; requireActionActor is each action's own session gate.

export async function addMovieAction(input: AddMovieInput): Promise<ActionResult<{ id: string; title: string }>> {
  return runAction([addMovieInput], [input], async (input) => {
    const movie = await addMovie(await requireActionActor("manage"), input, resolveLibrary);
    revalidatePath("/movies");
    return { id: movie.id, title: movie.title };
  });
}

export async function addSeriesAction(input: AddSeriesInput): Promise<ActionResult<{ id: string; title: string }>> {
  return runAction([addSeriesInput], [input], async (input) => {
    const series = await addSeries(await requireActionActor("manage"), input, resolveLibrary);
    revalidatePath("/tv");
    return { id: series.id, title: series.title };
  });
}

export async function updateMovieAction(id: string, changes: UpdateMovieInput): Promise<ActionResult> {
  return runAction([arg.id, updateMovieInput], [id, changes], async (id, changes) => {
    await updateMovie(await requireActionActor("manage"), id, changes, resolveLibrary);
    revalidatePath(`/movies/${id}`);
    return undefined;
  });
}

export async function deleteMovieAction(
  id: string,
  options: RemoveTitleOptions = {},
): Promise<ActionResult<{ recycledFiles: number }>> {
  return runAction([arg.id, removeTitleOptions], [id, options], async (id, options) => {
    const result = await deleteMovie(await requireActionActor("manage"), id, options);
    revalidatePath("/movies");
    return result;
  });
}

export async function updateSeriesAction(id: string, changes: UpdateSeriesInput): Promise<ActionResult> {
  return runAction([arg.id, updateSeriesInput], [id, changes], async (id, changes) => {
    await updateSeriesMonitoring(await requireActionActor("manage"), id, changes);
    revalidatePath(`/tv/${id}`);
    return undefined;
  });
}

export async function deleteSeriesAction(
  id: string,
  options: RemoveTitleOptions = {},
): Promise<ActionResult<{ recycledFiles: number }>> {
  return runAction([arg.id, removeTitleOptions], [id, options], async (id, options) => {
    const result = await deleteSeries(await requireActionActor("manage"), id, options);
    revalidatePath("/tv");
    return result;
  });
}

export async function setSeasonMonitoredAction(
  seriesId: string,
  seasonNumber: number,
  monitored: boolean,
): Promise<ActionResult> {
  const season = z.number().int().min(0).max(10_000);
  return runAction(
    [arg.id, season, arg.flag],
    [seriesId, seasonNumber, monitored],
    async (seriesId, seasonNumber, monitored) => {
      await setSeasonMonitored(await requireActionActor("manage"), seriesId, seasonNumber, monitored);
      revalidatePath(`/tv/${seriesId}`);
      return undefined;
    },
  );
}

export async function setEpisodeMonitoredAction(
  seriesId: string,
  episodeId: string,
  monitored: boolean,
): Promise<ActionResult> {
  return runAction(
    [arg.id, arg.id, arg.flag],
    [seriesId, episodeId, monitored],
    async (seriesId, episodeId, monitored) => {
      await updateEpisode(await requireActionActor("manage"), episodeId, { monitored });
      revalidatePath(`/tv/${seriesId}`);
      return undefined;
    },
  );
}

export async function setEpisodesMonitoredAction(
  seriesId: string,
  episodeIds: string[],
  monitored: boolean,
): Promise<ActionResult<number>> {
  const ids = z.array(arg.id).max(5000);
  return runAction(
    [arg.id, ids, arg.flag],
    [seriesId, episodeIds, monitored],
    async (seriesId, episodeIds, monitored) => {
      const changed = await setEpisodesMonitoredBulk(await requireActionActor("manage"), seriesId, {
        episodeIds,
        monitored,
      });
      revalidatePath(`/tv/${seriesId}`);
      return changed;
    },
  );
}

export async function refreshAction(kind: "movie" | "series", id: string): Promise<ActionResult> {
  return runAction([z.enum(["movie", "series"]), arg.id], [kind, id], async (kind, id) => {
    await requestRefresh(await requireActionActor("manage"), kind, id);
    revalidatePath(kind === "movie" ? `/movies/${id}` : `/tv/${id}`);
    return undefined;
  });
}
