import { asc, eq, sql } from "drizzle-orm";
import { db, tables } from "@/lib/db";

export type DefinitionRow = typeof tables.cardigannDefinitions.$inferSelect;
export type DefinitionInsert = typeof tables.cardigannDefinitions.$inferInsert;
export type DefinitionSummaryRow = Omit<DefinitionRow, "yaml">;

const t = () => tables.cardigannDefinitions;

export async function getDefinitionRow(id: string): Promise<DefinitionRow | null> {
  const [row] = await db().select().from(t()).where(eq(t().id, id));
  return row ?? null;
}

export async function listDefinitionRows(): Promise<DefinitionSummaryRow[]> {
  const c = t();
  return db()
    .select({
      id: c.id,
      name: c.name,
      description: c.description,
      type: c.type,
      language: c.language,
      links: c.links,
      version: c.version,
      source: c.source,
      valid: c.valid,
      problems: c.problems,
      unsupported: c.unsupported,
      updatedAt: c.updatedAt,
    })
    .from(c)
    .orderBy(asc(sql`lower(${c.name})`));
}

export async function definitionVersions(): Promise<Map<string, string>> {
  const rows = await db().select({ id: t().id, version: t().version }).from(t());
  return new Map(rows.map((row) => [row.id, row.version]));
}

export async function upsertDefinitionRow(values: DefinitionInsert): Promise<void> {
  const { id: _id, ...rest } = values;
  await db().insert(t()).values(values).onConflictDoUpdate({ target: t().id, set: rest });
}

export async function countDefinitionRows(): Promise<number> {
  const [row] = await db()
    .select({ n: sql<number>`count(*)` })
    .from(t());
  return Number(row?.n ?? 0);
}
