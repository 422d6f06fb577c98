import { and, eq, inArray } from "drizzle-orm";
import { db, tables } from "@/lib/db";

const x = tables.arrIds;

export async function findArrIds(kind: string, entityIds: string[]): Promise<Map<string, number>> {
  if (entityIds.length === 0) return new Map();
  const found = new Map<string, number>();
  // Chunks keep the bound-parameter count far below SQLite's limit.
  for (let start = 0; start < entityIds.length; start += 500) {
    const rows = await db()
      .select({ id: x.id, entityId: x.entityId })
      .from(x)
      .where(and(eq(x.kind, kind), inArray(x.entityId, entityIds.slice(start, start + 500))));
    for (const row of rows) found.set(row.entityId, row.id);
  }
  return found;
}

export async function insertArrIds(kind: string, entityIds: string[]): Promise<void> {
  for (let start = 0; start < entityIds.length; start += 500) {
    const values = entityIds.slice(start, start + 500).map((entityId) => ({ kind, entityId }));
    await db().insert(x).values(values).onConflictDoNothing();
  }
}

export async function findEntityId(kind: string, arrId: number): Promise<string | null> {
  const [row] = await db()
    .select({ entityId: x.entityId })
    .from(x)
    .where(and(eq(x.kind, kind), eq(x.id, arrId)))
    .limit(1);
  return row?.entityId ?? null;
}

export async function entityIdsOfKind(kind: string): Promise<{ id: number; entityId: string }[]> {
  return db().select({ id: x.id, entityId: x.entityId }).from(x).where(eq(x.kind, kind)).orderBy(x.id);
}

export async function deleteArrIdRow(kind: string, arrId: number): Promise<void> {
  await db()
    .delete(x)
    .where(and(eq(x.kind, kind), eq(x.id, arrId)));
}

export async function renameEntityIdRow(kind: string, arrId: number, entityId: string): Promise<void> {
  await db()
    .update(x)
    .set({ entityId })
    .where(and(eq(x.kind, kind), eq(x.id, arrId)));
}
