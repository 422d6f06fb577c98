"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActionActor } from "@/lib/accounts/next";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import {
  browseFolders,
  createLibrary,
  deleteLibrary,
  libraryInput,
  previewNaming,
  requestScan,
  updateLibrary,
  updateLibraryInput,
  type FolderListing,
  type NamingPreview,
} from "@/lib/library";

export async function createLibraryAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction([libraryInput], [input], async (input) => {
    const library = await createLibrary(await requireActionActor("admin"), input);
    revalidatePath("/settings/libraries");
    return { id: library.id };
  });
}

export async function updateLibraryAction(id: string, input: unknown): Promise<ActionResult> {
  return runAction([arg.id, updateLibraryInput], [id, input], async (id, input) => {
    await updateLibrary(await requireActionActor("admin"), id, input);
    revalidatePath("/settings/libraries");
    return undefined;
  });
}

export async function deleteLibraryAction(id: string): Promise<ActionResult> {
  return runAction([arg.id], [id], async (id) => {
    await deleteLibrary(await requireActionActor("admin"), id);
    revalidatePath("/settings/libraries");
    return undefined;
  });
}

export async function scanLibraryAction(id: string): Promise<ActionResult<{ jobId: string | null }>> {
  return runAction([arg.id], [id], async (id) => requestScan(await requireActionActor("manage"), id));
}

export async function browseFoldersAction(folder: string | null): Promise<ActionResult<FolderListing>> {
  return runAction([z.string().max(4096).nullable()], [folder], async (folder) =>
    browseFolders(await requireActionActor("admin"), folder ?? undefined),
  );
}

export async function previewNamingAction(naming: unknown): Promise<ActionResult<NamingPreview>> {
  return runAction([arg.object], [naming], async (naming) => previewNaming(await requireActionActor("admin"), naming));
}
