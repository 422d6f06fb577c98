import { asc, count, eq, sql } from "drizzle-orm";
import { db, tables, type Db } from "@/lib/db";
import type { Role } from "./roles";

const { users } = tables;
export type UserRow = typeof users.$inferSelect;

export async function countUsers(target: Db = db()): Promise<number> {
  const [row] = await target.select({ n: count() }).from(users);
  return Number(row.n);
}

export async function countAdmins(target: Db = db()): Promise<number> {
  const [row] = await target.select({ n: count() }).from(users).where(eq(users.role, "admin"));
  return Number(row.n);
}

export async function findUserById(id: string, target: Db = db()): Promise<UserRow | null> {
  const [row] = await target.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function findUserByUsername(username: string, target: Db = db()): Promise<UserRow | null> {
  const [row] = await target
    .select()
    .from(users)
    // Both sides lowered by the database: the same case mapping on each side, whatever the dialect.
    .where(sql`lower(${users.username}) = lower(${username.normalize("NFC")})`);
  return row ?? null;
}

export async function listUserRows(): Promise<UserRow[]> {
  return db().select().from(users).orderBy(asc(users.username));
}

export async function insertUser(
  values: { username: string; passwordHash: string; role: Role },
  target: Db = db(),
): Promise<UserRow> {
  const [row] = await target.insert(users).values(values).returning();
  return row;
}

export async function updateUser(
  id: string,
  values: Partial<Pick<UserRow, "passwordHash" | "role" | "lastLoginAt">> & { bumpTokenVersion?: boolean },
  target: Db = db(),
): Promise<UserRow | null> {
  const { bumpTokenVersion, ...rest } = values;
  const [row] = await target
    .update(users)
    .set({ ...rest, ...(bumpTokenVersion ? { tokenVersion: sql`${users.tokenVersion} + 1` } : {}) })
    .where(eq(users.id, id))
    .returning();
  return row ?? null;
}

export async function deleteUserRow(id: string, target: Db = db()): Promise<boolean> {
  const deleted = await target.delete(users).where(eq(users.id, id)).returning({ id: users.id });
  return deleted.length > 0;
}
