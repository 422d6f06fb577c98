import { and, eq, isNull, sql } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** Drizzle queries of the download_client_health table; rows or null, no rules. */
export type ClientHealthRow = typeof tables.downloadClientHealth.$inferSelect;

const t = () => tables.downloadClientHealth;

export async function listClientHealthRows(): Promise<ClientHealthRow[]> {
  return db().select().from(t());
}

export async function getClientHealthRow(clientId: string): Promise<ClientHealthRow | null> {
  const [row] = await db().select().from(t()).where(eq(t().clientId, clientId));
  return row ?? null;
}

/** One more failure in a row; the run's start is kept. Returns the count. */
export async function incrementClientFailures(clientId: string, now: Date, message: string): Promise<number> {
  const [row] = await db()
    .insert(t())
    .values({ clientId, consecutiveFailures: 1, failingSince: now, lastFailureAt: now, lastFailureMessage: message })
    .onConflictDoUpdate({
      target: t().clientId,
      set: {
        consecutiveFailures: sql`${t().consecutiveFailures} + 1`,
        lastFailureAt: now,
        lastFailureMessage: message,
      },
    })
    .returning({ failures: t().consecutiveFailures });
  await db()
    .update(t())
    .set({ failingSince: now })
    .where(and(eq(t().clientId, clientId), isNull(t().failingSince)));
  return row.failures;
}

export async function setClientNextCheck(clientId: string, nextCheckAt: Date | null): Promise<void> {
  await db().update(t()).set({ nextCheckAt }).where(eq(t().clientId, clientId));
}

/** Answers again: the failure run ends (the last failure stays on record). */
export async function recordClientSuccessRow(clientId: string, now: Date): Promise<void> {
  await db()
    .insert(t())
    .values({ clientId, consecutiveFailures: 0, lastSuccessAt: now })
    .onConflictDoUpdate({
      target: t().clientId,
      set: { consecutiveFailures: 0, failingSince: null, nextCheckAt: null, lastSuccessAt: now },
    });
}

export async function deleteClientHealthRow(clientId: string): Promise<void> {
  await db().delete(t()).where(eq(t().clientId, clientId));
}
