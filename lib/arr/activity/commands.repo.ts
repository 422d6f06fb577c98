import { and, desc, eq } from "drizzle-orm";
import { db, tables } from "@/lib/db";
import type { Persona } from "../persona";

const c = () => tables.arrCommands;
export type ArrCommandRow = typeof tables.arrCommands.$inferSelect;

export async function insertArrCommand(values: typeof tables.arrCommands.$inferInsert): Promise<ArrCommandRow> {
  const [row] = await db().insert(c()).values(values).returning();
  return row;
}

export async function findArrCommand(persona: Persona, id: number): Promise<ArrCommandRow | null> {
  const [row] = await db()
    .select()
    .from(c())
    .where(and(eq(c().id, id), eq(c().persona, persona)))
    .limit(1);
  return row ?? null;
}

export async function recentArrCommands(persona: Persona, limit: number): Promise<ArrCommandRow[]> {
  return db().select().from(c()).where(eq(c().persona, persona)).orderBy(desc(c().id)).limit(limit);
}
