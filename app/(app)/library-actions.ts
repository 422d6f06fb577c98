"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActionActor } from "@/lib/accounts/next";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import { deleteMediaFile, previewRename, renameFiles, type RenamePreviewItem } from "@/lib/library";

export async function deleteMediaFileAction(id: string, page: string): Promise<ActionResult> {
  return runAction([arg.id, arg.page], [id, page], async (id, page) => {
    await deleteMediaFile(await requireActionActor("manage"), id);
    revalidatePath(page);
    return undefined;
  });
}

const owner = z.union([z.strictObject({ movieId: arg.id }), z.strictObject({ seriesId: arg.id })]);

export async function renamePreviewAction(
  of: { movieId: string } | { seriesId: string },
): Promise<ActionResult<RenamePreviewItem[]>> {
  return runAction([owner], [of], async (of) => previewRename(await requireActionActor("manage"), of));
}

export async function renameAction(
  mediaFileIds: string[],
  page: string,
): Promise<ActionResult<{ renamed: number; failed: string[] }>> {
  return runAction([z.array(arg.id).max(10_000), arg.page], [mediaFileIds, page], async (mediaFileIds, page) => {
    const result = await renameFiles(await requireActionActor("manage"), { mediaFileIds });
    revalidatePath(page);
    return { renamed: result.renamed.length, failed: result.failed.map((f) => f.error) };
  });
}
