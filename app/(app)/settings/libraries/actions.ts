"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import {
  browseFolders,
  createLibrary,
  deleteLibrary,
  previewNaming,
  requestScan,
  updateLibrary,
  type FolderListing,
  type NamingPreview,
} from "@/lib/library";

export async function createLibraryAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const library = await createLibrary(await requireActionActor("admin"), input);
    revalidatePath("/settings/libraries");
    return { id: library.id };
  });
}

export async function updateLibraryAction(id: string, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    await updateLibrary(await requireActionActor("admin"), id, input);
    revalidatePath("/settings/libraries");
    return undefined;
  });
}

export async function deleteLibraryAction(id: string): Promise<ActionResult> {
  return runAction(async () => {
    await deleteLibrary(await requireActionActor("admin"), id);
    revalidatePath("/settings/libraries");
    return undefined;
  });
}

export async function scanLibraryAction(id: string): Promise<ActionResult<{ jobId: string | null }>> {
  return runAction(async () => requestScan(await requireActionActor("manage"), id));
}

export async function browseFoldersAction(folder: string | null): Promise<ActionResult<FolderListing>> {
  return runAction(async () => browseFolders(await requireActionActor("admin"), folder ?? undefined));
}

export async function previewNamingAction(naming: unknown): Promise<ActionResult<NamingPreview>> {
  return runAction(async () => previewNaming(await requireActionActor("admin"), naming));
}
