"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { z } from "zod";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import { listEpisodes, listMovies, listSeries } from "@/lib/catalog";
import { manualImport, manualImportInput, type ManualImportOutcome } from "@/lib/library";

export interface CatalogPick {
  id: string;
  title: string;
  year: number | null;
}

/** Search as you type: movies or series of the catalog. */
export async function searchCatalogAction(kind: "movie" | "tv", q: string): Promise<ActionResult<CatalogPick[]>> {
  return runAction([z.enum(["movie", "tv"]), arg.text], [kind, q], async (kind, q) => {
    const actor = await requireActionActor("manage");
    const page =
      kind === "movie" ? await listMovies(actor, { q, pageSize: 10 }) : await listSeries(actor, { q, pageSize: 10 });
    return page.items.map((i) => ({ id: i.id, title: i.title, year: i.year }));
  });
}

export interface EpisodePick {
  id: string;
  seasonNumber: number;
  episodeNumber: number;
  title: string | null;
}

export async function episodesAction(seriesId: string): Promise<ActionResult<EpisodePick[]>> {
  return runAction([arg.id], [seriesId], async (seriesId) => {
    const episodes = await listEpisodes(await requireActionActor("manage"), seriesId);
    return episodes
      .filter((e) => !e.removedAt)
      .map((e) => ({ id: e.id, seasonNumber: e.seasonNumber, episodeNumber: e.episodeNumber, title: e.title }));
  });
}

export async function manualImportAction(input: unknown): Promise<ActionResult<ManualImportOutcome[]>> {
  return runAction([manualImportInput], [input], async (input) => {
    const outcomes = await manualImport(await requireActionActor("manage"), input);
    revalidatePath("/unmatched");
    return outcomes;
  });
}
