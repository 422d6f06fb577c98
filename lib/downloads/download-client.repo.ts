import { asc, eq, sql } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** Drizzle queries of the download_clients table; rows or null, no rules. */
export type DownloadClientRow = typeof tables.downloadClients.$inferSelect;
export type DownloadClientInsert = typeof tables.downloadClients.$inferInsert;

const t = () => tables.downloadClients;

/** By priority (1 first), then name: the order grab tries them in. */
export async function listDownloadClientRows(): Promise<DownloadClientRow[]> {
  return db()
    .select()
    .from(t())
    .orderBy(asc(t().priority), asc(sql`lower(${t().name})`));
}

export async function getDownloadClientRow(id: string): Promise<DownloadClientRow | null> {
  const [row] = await db().select().from(t()).where(eq(t().id, id));
  return row ?? null;
}

export async function findDownloadClientByName(name: string): Promise<DownloadClientRow | null> {
  const [row] = await db()
    .select()
    .from(t())
    .where(sql`lower(${t().name}) = lower(${name})`);
  return row ?? null;
}

export async function insertDownloadClient(values: DownloadClientInsert): Promise<DownloadClientRow> {
  const [row] = await db().insert(t()).values(values).returning();
  return row;
}

export async function updateDownloadClientRow(
  id: string,
  values: Partial<DownloadClientInsert>,
): Promise<DownloadClientRow | null> {
  const [row] = await db().update(t()).set(values).where(eq(t().id, id)).returning();
  return row ?? null;
}

export async function deleteDownloadClientRow(id: string): Promise<boolean> {
  const rows = await db().delete(t()).where(eq(t().id, id)).returning({ id: t().id });
  return rows.length > 0;
}
