import { and, desc, eq, isNotNull } from "drizzle-orm";
import { db, tables } from "@/lib/db";

const t = tables.arrImports;
export type ArrImportRow = typeof t.$inferSelect;

export async function insertArrImport(row: typeof t.$inferInsert): Promise<ArrImportRow> {
  const [inserted] = await db().insert(t).values(row).returning();
  return inserted;
}

export async function updateArrImport(id: string, values: Partial<typeof t.$inferInsert>): Promise<void> {
  await db().update(t).set(values).where(eq(t.id, id));
}

export async function findArrImport(id: string): Promise<ArrImportRow | null> {
  const [row] = await db().select().from(t).where(eq(t.id, id)).limit(1);
  return row ?? null;
}

export async function recentArrImports(limit: number): Promise<ArrImportRow[]> {
  return db().select().from(t).orderBy(desc(t.createdAt)).limit(limit);
}

/** The key the user asked Mydia to keep for this app at this address, encrypted. */
export async function keptKeyOf(app: "radarr" | "sonarr", url: string): Promise<string | null> {
  const [row] = await db()
    .select({ apiKey: t.apiKey })
    .from(t)
    .where(and(eq(t.app, app), eq(t.url, url), eq(t.keepKey, true), isNotNull(t.apiKey)))
    .orderBy(desc(t.createdAt))
    .limit(1);
  return row?.apiKey ?? null;
}
