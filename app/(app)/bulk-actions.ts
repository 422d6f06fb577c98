"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActionActor } from "@/lib/accounts/next";
import { actionArgs as arg, runAction, type ActionResult } from "@/lib/api";
import { bulkEditMovies, bulkEditSeries, bulkRemoveMovies, bulkRemoveSeries } from "@/lib/library";

const kind = z.enum(["movie", "series"]);
type Summary = { count: number; searchesQueued: number };

/** The Movies/TV lists' bulk edit: `input` is the editor body (ids or filter, changes, search), parsed by the service. */
export async function bulkEditAction(
  target: "movie" | "series",
  input: Record<string, unknown>,
): Promise<ActionResult<Summary>> {
  return runAction([kind, arg.object], [target, input], async (target, input) => {
    const actor = await requireActionActor("manage");
    const { count, searchesQueued } =
      target === "movie" ? await bulkEditMovies(actor, input) : await bulkEditSeries(actor, input);
    revalidatePath(target === "movie" ? "/movies" : "/tv");
    return { count, searchesQueued };
  });
}

export async function bulkRemoveAction(
  target: "movie" | "series",
  input: Record<string, unknown>,
): Promise<ActionResult<Summary>> {
  return runAction([kind, arg.object], [target, input], async (target, input) => {
    const actor = await requireActionActor("manage");
    const { count } = target === "movie" ? await bulkRemoveMovies(actor, input) : await bulkRemoveSeries(actor, input);
    revalidatePath(target === "movie" ? "/movies" : "/tv");
    return { count, searchesQueued: 0 };
  });
}
