import { eq, inArray, lt } from "drizzle-orm";
import { db, forUpdate, tables, type Db } from "@/lib/db";

const { loginThrottles } = tables;
export type ThrottleRow = typeof loginThrottles.$inferSelect;

/** Inside tx(): the key's row, created empty if missing, locked until the transaction ends. */
export async function lockThrottleRow(t: Db, key: string, now: Date): Promise<ThrottleRow> {
  await t.insert(loginThrottles).values({ key, failures: 0, blockedUntil: null, updatedAt: now }).onConflictDoNothing();
  const [row] = await forUpdate(t.select().from(loginThrottles).where(eq(loginThrottles.key, key)));
  return row;
}

export async function saveThrottleRow(
  t: Db,
  key: string,
  values: Pick<ThrottleRow, "failures" | "blockedUntil" | "updatedAt">,
): Promise<void> {
  await t.update(loginThrottles).set(values).where(eq(loginThrottles.key, key));
}

export async function deleteThrottleRows(keys: string[], target: Db = db()): Promise<void> {
  if (keys.length > 0) await target.delete(loginThrottles).where(inArray(loginThrottles.key, keys));
}

export async function deleteThrottleRowsBefore(cutoff: Date): Promise<number> {
  const deleted = await db()
    .delete(loginThrottles)
    .where(lt(loginThrottles.updatedAt, cutoff))
    .returning({ key: loginThrottles.key });
  return deleted.length;
}
