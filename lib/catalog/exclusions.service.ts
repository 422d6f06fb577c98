import { z } from "zod";
import { actorId, assertCan, type Actor } from "@/lib/accounts";
import type { Db } from "@/lib/db";
import { ConflictError, NotFoundError, parseInput } from "@/lib/errors";
import { publish } from "@/lib/events";
import { withMetadata } from "@/lib/metadata";
import {
  deleteExclusionRow,
  findExclusion,
  listExclusionRows,
  upsertExclusion,
  type ExclusionKind,
  type ExclusionRow,
} from "./exclusions.repo";
import { addExclusionInput, exclusionKindSchema, type AddExclusionInput } from "./exclusion.input";

export { addExclusionInput, exclusionKindSchema, type AddExclusionInput };

export const importExclusionSchema = z.object({
  id: z.string(),
  kind: exclusionKindSchema,
  tmdbId: z.number().int(),
  title: z.string(),
  year: z.number().int().nullable(),
  createdAt: z.string(),
});
export type ImportExclusion = z.infer<typeof importExclusionSchema>;

const toExclusion = (row: ExclusionRow): ImportExclusion => ({
  id: row.id,
  kind: row.kind,
  tmdbId: row.tmdbId,
  title: row.title,
  year: row.year,
  createdAt: row.createdAt.toISOString(),
});

const kindLabel = (kind: ExclusionKind) => (kind === "movie" ? "movie" : "series");

/** The refusal of an add: the title is on the list, and where to take it off. */
export async function assertNotExcluded(kind: ExclusionKind, tmdbId: number): Promise<void> {
  const row = await findExclusion(kind, tmdbId);
  if (row)
    throw new ConflictError(
      `${row.title} is on the import exclusion list: remove it in Settings → Import exclusions to add this ${kindLabel(kind)}`,
      { excluded: true, exclusionId: row.id },
    );
}

export async function listImportExclusions(actor: Actor): Promise<ImportExclusion[]> {
  assertCan(actor, "browse");
  return (await listExclusionRows()).map(toExclusion);
}

/** Puts a title on the list (already listed: the stored entry). Used by Settings and by "never add again" on remove. */
export async function addImportExclusion(actor: Actor, input: AddExclusionInput, db?: Db): Promise<ImportExclusion> {
  assertCan(actor, "manage");
  const data = parseInput(addExclusionInput, input);
  let { title, year } = data;
  if (title === undefined) {
    const meta = await withMetadata<{ title: string; year: number | null }>((p) =>
      data.kind === "movie" ? p.movie(data.tmdbId) : p.series(data.tmdbId),
    );
    title = meta.title;
    year = year ?? meta.year;
  }
  const row = await upsertExclusion({ kind: data.kind, tmdbId: data.tmdbId, title, year: year ?? null }, db);
  await publish(
    "catalog.exclusion.added",
    { id: row.id, title: row.title },
    { actorId: actorId(actor), ...(db ? { db } : {}) },
  );
  return toExclusion(row);
}

export async function removeImportExclusion(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "manage");
  const row = await deleteExclusionRow(id);
  if (!row) throw new NotFoundError("No such import exclusion");
  await publish("catalog.exclusion.removed", { id, title: row.title }, { actorId: actorId(actor) });
}
