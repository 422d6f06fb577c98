"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import { deleteMediaFile, previewRename, renameFiles, type RenamePreviewItem } from "@/lib/library";

export async function deleteMediaFileAction(id: string, page: string): Promise<ActionResult> {
  return runAction(async () => {
    await deleteMediaFile(await requireActionActor("manage"), id);
    revalidatePath(page);
    return undefined;
  });
}

export async function renamePreviewAction(
  owner: { movieId: string } | { seriesId: string },
): Promise<ActionResult<RenamePreviewItem[]>> {
  return runAction(async () => previewRename(await requireActionActor("manage"), owner));
}

export async function renameAction(
  mediaFileIds: string[],
  page: string,
): Promise<ActionResult<{ renamed: number; failed: string[] }>> {
  return runAction(async () => {
    const result = await renameFiles(await requireActionActor("manage"), { mediaFileIds });
    revalidatePath(page);
    return { renamed: result.renamed.length, failed: result.failed.map((f) => f.error) };
  });
}
