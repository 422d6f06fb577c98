import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { allMovies, allSeries, movieTags, seriesTags, titleTagsSchema } from "@/lib/catalog";
import { ConflictError, NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { bulkEditMovies, bulkEditSeries } from "@/lib/library";
import { arrIdOf, arrIdsOf, forgetArrId, knownEntities, maybeEntityIdOf, renameArrEntity } from "./ids";
import type { Persona } from "./persona";

/**
 * Mydia's tags are labels on movies and series; the *arr API numbers them. A tag created through the
 * API before any title carries it is remembered by its id alone (the arr_ids row), so both personas
 * list the same tags, as one Radarr + Sonarr household would see them.
 */
export interface ArrTag {
  id: number;
  label: string;
}

/** A label as titles carry it (lower case, trimmed): the first of a one-tag list. */
const labelSchema = z.object({
  label: z
    .string()
    .transform((label) => [label])
    .pipe(titleTagsSchema)
    .transform((labels) => labels[0]),
});

export async function listArrTags(actor: Actor): Promise<ArrTag[]> {
  assertCan(actor, "read");
  const [movie, series, known] = await Promise.all([movieTags(actor), seriesTags(actor), knownEntities("tag")]);
  const ids = await arrIdsOf("tag", [...movie, ...series]);
  for (const { id, entityId } of known) ids.set(entityId, id);
  return [...ids].map(([label, id]) => ({ id, label })).sort((a, b) => a.id - b.id);
}

export async function getArrTag(actor: Actor, id: number): Promise<ArrTag> {
  assertCan(actor, "read");
  const label = await maybeEntityIdOf("tag", id);
  if (label === null) throw new NotFoundError(`No tag with id ${id}`);
  return { id, label };
}

/** Radarr answers the existing tag when the label is taken; so does this. */
export async function createArrTag(actor: Actor, body: unknown): Promise<ArrTag> {
  assertCan(actor, "manage");
  const { label } = parseInput(labelSchema, body);
  return { id: await arrIdOf("tag", label), label };
}

/** Renames the tag on every movie and series that carries it; its id stays. */
export async function renameArrTag(actor: Actor, id: number, body: unknown): Promise<ArrTag> {
  assertCan(actor, "manage");
  const { label } = parseInput(labelSchema, body);
  const current = await getArrTag(actor, id);
  if (current.label === label) return current;
  if ((await listArrTags(actor)).some((tag) => tag.label === label))
    throw new ConflictError(`A tag "${label}" already exists`);
  await replaceOnTitles(actor, current.label, label);
  await renameArrEntity("tag", id, label);
  return { id, label };
}

async function replaceOnTitles(actor: Actor, from: string, to: string | null): Promise<void> {
  const filter = { tag: from };
  if (to !== null) {
    await bulkEditMovies(actor, { filter, tags: { mode: "add", values: [to] } });
    await bulkEditSeries(actor, { filter, tags: { mode: "add", values: [to] } });
  }
  await bulkEditMovies(actor, { filter, tags: { mode: "remove", values: [from] } });
  await bulkEditSeries(actor, { filter, tags: { mode: "remove", values: [from] } });
}

/** Takes the tag off every title and forgets it. */
export async function deleteArrTag(actor: Actor, id: number): Promise<void> {
  assertCan(actor, "manage");
  const tag = await getArrTag(actor, id);
  await replaceOnTitles(actor, tag.label, null);
  await forgetArrId("tag", id);
}

/** Labels of the tag ids a client sends (a 400 naming the field for an id that names no tag). */
export async function tagLabelsOf(ids: readonly number[], field = "tags"): Promise<string[]> {
  const labels: string[] = [];
  for (const id of new Set(ids)) {
    const label = await maybeEntityIdOf("tag", id);
    if (label === null)
      throw new ValidationError(`No tag with id ${id}`, { fields: { [field]: `no tag with id ${id}` } });
    labels.push(label);
  }
  return labels;
}

/** The tag's details: which titles of the persona carry it (Mydia has no tagged profiles, lists or clients). */
export async function arrTagDetails(actor: Actor, persona: Persona, only?: number) {
  const tags = only === undefined ? await listArrTags(actor) : [await getArrTag(actor, only)];
  const titles =
    persona === "radarr"
      ? (await allMovies(actor)).map((m) => ({ id: m.id, tags: m.tags }))
      : (await allSeries(actor)).map((s) => ({ id: s.id, tags: s.tags }));
  const titleIds = await arrIdsOf(
    persona === "radarr" ? "movie" : "series",
    titles.map((t) => t.id),
  );
  return tags.map((tag) => {
    const carrying = titles.filter((t) => t.tags.includes(tag.label)).map((t) => titleIds.get(t.id)!);
    const shared = {
      delayProfileIds: [],
      importListIds: [],
      notificationIds: [],
      indexerIds: [],
      downloadClientIds: [],
      autoTagIds: [],
    };
    return persona === "radarr"
      ? { ...tag, ...shared, releaseProfileIds: [], movieIds: carrying }
      : { ...tag, ...shared, restrictionIds: [], seriesIds: carrying };
  });
}
