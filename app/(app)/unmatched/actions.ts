"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { z } from "zod";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import { listEpisodes, listMovies, listSeries } from "@/lib/catalog";
import {
  ignoreFolders,
  manualImport,
  manualImportInput,
  requestRematch,
  type ManualImportOutcome,
} from "@/lib/library";
import { searchMetadata } from "@/lib/metadata";

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

export interface MetadataPick {
  tmdbId: number;
  title: string;
  year: number | null;
  overview: string | null;
}

/** The review's Fix: TMDB search results for a folder (the title is added when the fix is applied). */
export async function searchMetadataAction(kind: "movie" | "tv", q: string): Promise<ActionResult<MetadataPick[]>> {
  return runAction([z.enum(["movie", "tv"]), arg.text], [kind, q], async (kind, q) => {
    const page = await searchMetadata(await requireActionActor("manage"), kind, q);
    return page.results
      .slice(0, 8)
      .map((r) => ({ tmdbId: r.tmdbId, title: r.title, year: r.year, overview: r.overview }));
  });
}

const folders = z.array(z.string().max(1000)).max(5000);
const chosen = z
  .array(z.object({ folder: z.string().max(1000), tmdbId: z.number().int().positive() }).strict())
  .min(1)
  .max(5000);

/** Accept (one or all) and Fix: these folders are these titles; a background job adds them and links the files. */
export async function chooseTitlesAction(
  libraryId: string,
  choices: unknown,
): Promise<ActionResult<{ jobId: string | null }>> {
  return runAction([arg.id, chosen], [libraryId, choices], async (libraryId, choices) =>
    requestRematch(await requireActionActor("manage"), libraryId, { chosen: choices }),
  );
}

/** Match again: ids, .nfo files and a metadata search for the unmatched files (all, or these folders). */
export async function rematchAction(libraryId: string, only: unknown): Promise<ActionResult<{ jobId: string | null }>> {
  return runAction([arg.id, folders.optional()], [libraryId, only], async (libraryId, only) =>
    requestRematch(await requireActionActor("manage"), libraryId, only ? { folders: only } : {}),
  );
}

export async function ignoreFoldersAction(
  libraryId: string,
  names: unknown,
): Promise<ActionResult<{ ignored: number }>> {
  return runAction([arg.id, folders.min(1)], [libraryId, names], async (libraryId, names) => {
    const result = await ignoreFolders(await requireActionActor("manage"), libraryId, names);
    revalidatePath("/unmatched");
    return result;
  });
}
