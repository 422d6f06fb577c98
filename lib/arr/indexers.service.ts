import type { Actor } from "@/lib/accounts";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createIndexer, deleteIndexer, getIndexer, listIndexers, testIndexer, updateIndexer } from "@/lib/indexers";
import { arrIdOf, arrIdsOf, entityIdOf } from "./ids";
import {
  categoriesAfterWithdrawal,
  createInputOf,
  sameAddress,
  toArrIndexer,
  updateInputOf,
  visibleTo,
  type ArrIndexerBody,
} from "./indexer.mapper";
import type { Persona } from "./persona";

export async function listArrIndexers(actor: Actor, persona: Persona) {
  const indexers = (await listIndexers(actor)).filter((i) => visibleTo(persona, i.categories));
  const ids = await arrIdsOf(
    "indexer",
    indexers.map((i) => i.id),
  );
  return indexers.map((i) => toArrIndexer(persona, i, ids.get(i.id)!));
}

async function visibleIndexer(actor: Actor, persona: Persona, id: number) {
  const indexer = await getIndexer(actor, await entityIdOf("indexer", id));
  if (!visibleTo(persona, indexer.categories)) throw new NotFoundError(`No indexer with id ${id}`);
  return indexer;
}

export async function getArrIndexer(actor: Actor, persona: Persona, id: number) {
  return toArrIndexer(persona, await visibleIndexer(actor, persona, id), id);
}

/**
 * Prowlarr syncs one of its indexers to Radarr and to Sonarr under the same name and address: the
 * second POST joins the indexer the first created (adding its categories), so Mydia asks it once.
 */
export async function createArrIndexer(actor: Actor, persona: Persona, body: ArrIndexerBody) {
  const input = createInputOf(persona, body);
  const twin = (await listIndexers(actor)).find(
    (i) => i.kind === input.kind && sameAddress(i, { baseUrl: input.baseUrl ?? "", apiPath: input.apiPath ?? "" }),
  );
  const saved = twin
    ? await updateIndexer(actor, twin.id, updateInputOf(persona, body, twin))
    : await createIndexer(actor, input);
  return toArrIndexer(persona, saved, await arrIdOf("indexer", saved.id));
}

export async function updateArrIndexer(actor: Actor, persona: Persona, id: number, body: ArrIndexerBody) {
  const stored = await visibleIndexer(actor, persona, id);
  const saved = await updateIndexer(actor, stored.id, updateInputOf(persona, body, stored));
  return toArrIndexer(persona, saved, id);
}

/** A persona withdraws its side; the indexer goes when no other side holds it. */
export async function deleteArrIndexer(actor: Actor, persona: Persona, id: number): Promise<void> {
  const stored = await visibleIndexer(actor, persona, id);
  const left = categoriesAfterWithdrawal(persona, stored.categories);
  if (left.length > 0) await updateIndexer(actor, stored.id, { categories: left });
  else await deleteIndexer(actor, stored.id);
}

/** Caps and a sample search against the indexer as sent; a failure is a 400 naming the field, as Radarr answers. */
export async function testArrIndexer(actor: Actor, persona: Persona, body: ArrIndexerBody): Promise<void> {
  const stored = body.id ? await visibleIndexer(actor, persona, body.id).catch(() => null) : null;
  const result = stored
    ? await testIndexer(actor, stored.id, updateInputOf(persona, body, stored))
    : await testIndexer(actor, null, createInputOf(persona, body));
  if (!result.ok)
    throw new ValidationError(result.message, { fields: { [result.field ?? "baseUrl"]: result.message } });
}
