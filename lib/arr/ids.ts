import { NotFoundError } from "@/lib/errors";
import { deleteArrIdRow, entityIdsOfKind, findArrIds, findEntityId, insertArrIds, renameEntityIdRow } from "./ids.repo";

/**
 * What an integer id names. One sequence serves every kind, so an id is never reused for another
 * resource, and an id once given keeps naming the same entity across restarts and on both databases.
 */
export type ArrIdKind =
  | "movie"
  | "series"
  | "episode"
  | "moviefile"
  | "episodefile"
  | "qualityprofile"
  | "customformat"
  | "tag"
  | "rootfolder"
  | "queue"
  | "history"
  | "indexer"
  | "downloadclient"
  | "blocklist"
  | "command"
  | "release";

/** The integer id of each entity, given on first sight. */
export async function arrIdsOf(kind: ArrIdKind, entityIds: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(entityIds)];
  const known = await findArrIds(kind, unique);
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length === 0) return known;
  await insertArrIds(kind, missing);
  const added = await findArrIds(kind, missing);
  for (const [entityId, arrId] of added) known.set(entityId, arrId);
  return known;
}

export async function arrIdOf(kind: ArrIdKind, entityId: string): Promise<number> {
  const ids = await arrIdsOf(kind, [entityId]);
  return ids.get(entityId)!;
}

/** The entity an integer id names; NotFoundError when it names nothing of that kind. */
export async function entityIdOf(kind: ArrIdKind, arrId: number): Promise<string> {
  const entityId = await findEntityId(kind, arrId);
  if (!entityId) throw new NotFoundError(`No ${kind} with id ${arrId}`);
  return entityId;
}

/** Like entityIdOf, but null for an id that names nothing of that kind. */
export async function maybeEntityIdOf(kind: ArrIdKind, arrId: number): Promise<string | null> {
  return findEntityId(kind, arrId);
}

/** Every entity of a kind that has been given an id (tags created through the API before any title uses them). */
export async function knownEntities(kind: ArrIdKind): Promise<{ id: number; entityId: string }[]> {
  return entityIdsOfKind(kind);
}

/** Forgets an id (a deleted tag): the number is never given again. */
export async function forgetArrId(kind: ArrIdKind, arrId: number): Promise<void> {
  await deleteArrIdRow(kind, arrId);
}

/** Points an id at another entity of the same kind (a renamed tag keeps its number). */
export async function renameArrEntity(kind: ArrIdKind, arrId: number, entityId: string): Promise<void> {
  await renameEntityIdRow(kind, arrId, entityId);
}
