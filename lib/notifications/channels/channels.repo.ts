import { and, asc, eq, isNull } from "drizzle-orm";
import { db, tables } from "@/lib/db";

const c = tables.notificationChannels;
export type ChannelRow = typeof c.$inferSelect;
export type ChannelValues = Pick<ChannelRow, "name" | "kind" | "enabled" | "events" | "settings" | "secrets">;

/** Admin channels (owner null) or one user's. */
export async function listChannelRows(owner: string | null): Promise<ChannelRow[]> {
  return db()
    .select()
    .from(c)
    .where(owner === null ? isNull(c.userId) : eq(c.userId, owner))
    .orderBy(asc(c.createdAt));
}

export async function listEnabledChannelRows(): Promise<ChannelRow[]> {
  return db().select().from(c).where(eq(c.enabled, true));
}

export async function findChannelRow(id: string): Promise<ChannelRow | null> {
  const [row] = await db().select().from(c).where(eq(c.id, id)).limit(1);
  return row ?? null;
}

export async function insertChannel(owner: string | null, values: ChannelValues): Promise<ChannelRow> {
  const [row] = await db()
    .insert(c)
    .values({ ...values, userId: owner, updatedAt: new Date() })
    .returning();
  return row;
}

export async function updateChannel(id: string, values: ChannelValues): Promise<ChannelRow | null> {
  const [row] = await db()
    .update(c)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(c.id, id))
    .returning();
  return row ?? null;
}

export async function deleteChannelRow(id: string, owner: string | null): Promise<boolean> {
  const rows = await db()
    .delete(c)
    .where(and(eq(c.id, id), owner === null ? isNull(c.userId) : eq(c.userId, owner)))
    .returning({ id: c.id });
  return rows.length > 0;
}
