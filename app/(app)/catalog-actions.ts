"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import { resolveLibrary, updateSeriesMonitoring } from "@/lib/library";
import {
  addMovie,
  addSeries,
  deleteMovie,
  deleteSeries,
  requestRefresh,
  setEpisodesMonitoredBulk,
  setSeasonMonitored,
  updateEpisode,
  updateMovie,
  type AddMovieInput,
  type AddSeriesInput,
  type UpdateMovieInput,
  type UpdateSeriesInput,
} from "@/lib/catalog";

// The services check roles themselves; requireActionActor is each action's own session gate.

export async function addMovieAction(input: AddMovieInput): Promise<ActionResult<{ id: string; title: string }>> {
  return runAction(async () => {
    const movie = await addMovie(await requireActionActor("manage"), input, resolveLibrary);
    revalidatePath("/movies");
    return { id: movie.id, title: movie.title };
  });
}

export async function addSeriesAction(input: AddSeriesInput): Promise<ActionResult<{ id: string; title: string }>> {
  return runAction(async () => {
    const series = await addSeries(await requireActionActor("manage"), input, resolveLibrary);
    revalidatePath("/tv");
    return { id: series.id, title: series.title };
  });
}

export async function updateMovieAction(id: string, changes: UpdateMovieInput): Promise<ActionResult> {
  return runAction(async () => {
    await updateMovie(await requireActionActor("manage"), id, changes, resolveLibrary);
    revalidatePath(`/movies/${id}`);
    return undefined;
  });
}

export async function deleteMovieAction(id: string): Promise<ActionResult> {
  return runAction(async () => {
    await deleteMovie(await requireActionActor("manage"), id);
    revalidatePath("/movies");
    return undefined;
  });
}

export async function updateSeriesAction(id: string, changes: UpdateSeriesInput): Promise<ActionResult> {
  return runAction(async () => {
    await updateSeriesMonitoring(await requireActionActor("manage"), id, changes);
    revalidatePath(`/tv/${id}`);
    return undefined;
  });
}

export async function deleteSeriesAction(id: string): Promise<ActionResult> {
  return runAction(async () => {
    await deleteSeries(await requireActionActor("manage"), id);
    revalidatePath("/tv");
    return undefined;
  });
}

export async function setSeasonMonitoredAction(
  seriesId: string,
  seasonNumber: number,
  monitored: boolean,
): Promise<ActionResult> {
  return runAction(async () => {
    await setSeasonMonitored(await requireActionActor("manage"), seriesId, seasonNumber, monitored);
    revalidatePath(`/tv/${seriesId}`);
    return undefined;
  });
}

export async function setEpisodeMonitoredAction(
  seriesId: string,
  episodeId: string,
  monitored: boolean,
): Promise<ActionResult> {
  return runAction(async () => {
    await updateEpisode(await requireActionActor("manage"), episodeId, { monitored });
    revalidatePath(`/tv/${seriesId}`);
    return undefined;
  });
}

export async function setEpisodesMonitoredAction(
  seriesId: string,
  episodeIds: string[],
  monitored: boolean,
): Promise<ActionResult<number>> {
  return runAction(async () => {
    const changed = await setEpisodesMonitoredBulk(await requireActionActor("manage"), seriesId, {
      episodeIds,
      monitored,
    });
    revalidatePath(`/tv/${seriesId}`);
    return changed;
  });
}

export async function refreshAction(kind: "movie" | "series", id: string): Promise<ActionResult> {
  return runAction(async () => {
    await requestRefresh(await requireActionActor("manage"), kind, id);
    revalidatePath(kind === "movie" ? `/movies/${id}` : `/tv/${id}`);
    return undefined;
  });
}
