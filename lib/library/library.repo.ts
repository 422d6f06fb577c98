import { asc, eq } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";

/** Drizzle only: the libraries table. */
export type LibraryRow = typeof tables.libraries.$inferSelect;
export type NewLibraryRow = typeof tables.libraries.$inferInsert;

export async function listLibraryRows(): Promise<LibraryRow[]> {
  return db().select().from(tables.libraries).orderBy(asc(tables.libraries.kind), asc(tables.libraries.name));
}

export async function findLibraryRow(id: string, t: Db = db()): Promise<LibraryRow | null> {
  const [row] = await t.select().from(tables.libraries).where(eq(tables.libraries.id, id)).limit(1);
  return row ?? null;
}

export async function insertLibraryRow(values: NewLibraryRow): Promise<LibraryRow> {
  const [row] = await db().insert(tables.libraries).values(values).returning();
  return row;
}

export async function updateLibraryRow(id: string, values: Partial<NewLibraryRow>): Promise<LibraryRow | null> {
  const [row] = await db().update(tables.libraries).set(values).where(eq(tables.libraries.id, id)).returning();
  return row ?? null;
}

export async function deleteLibraryRow(id: string): Promise<boolean> {
  const rows = await db()
    .delete(tables.libraries)
    .where(eq(tables.libraries.id, id))
    .returning({ id: tables.libraries.id });
  return rows.length > 0;
}
