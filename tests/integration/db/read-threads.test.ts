import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, dialectOf, readDb, tables, tx } from "@/lib/db";

const sqlite = dialectOf(process.env.DATABASE_URL ?? "") === "sqlite";

/** The longest pause of the event loop while `work` runs, sampled every 5 ms. */
async function longestPause(work: () => Promise<unknown>): Promise<{ pauseMs: number; tookMs: number }> {
  let last = performance.now();
  let pauseMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    pauseMs = Math.max(pauseMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await work();
  const tookMs = performance.now() - started;
  clearInterval(timer);
  pauseMs = Math.max(pauseMs, performance.now() - last);
  return { pauseMs, tookMs };
}

/** A read that keeps SQLite busy for a while (counting a few million generated rows). */
const heavy = sql<number>`(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1500000) SELECT count(*) FROM c)`;

describe("readDb: heavy reads do not hold the event loop", () => {
  it("answers what db() answers, with columns mapped the same way (dates, JSON, booleans)", async () => {
    await db()
      .insert(tables.settings)
      .values({ key: "read.threads", value: { nested: [1, "two"] }, updatedAt: new Date("2026-01-02T03:04:05Z") });
    const query = (d: typeof db) => d().select().from(tables.settings).where(eq(tables.settings.key, "read.threads"));
    const [viaReader] = await query(readDb);
    const [viaMain] = await query(db);
    expect(viaReader).toEqual(viaMain);
    expect(viaReader.updatedAt).toBeInstanceOf(Date);
    expect(viaReader.value).toEqual({ nested: [1, "two"] });
    expect(await readDb().select().from(tables.settings).where(eq(tables.settings.key, "absent"))).toEqual([]);
  });

  it.runIf(sqlite)("keeps the event loop free during a long SQLite read; the same read on db() holds it", async () => {
    await db().insert(tables.settings).values({ key: "read.one", value: 1, updatedAt: new Date() });
    const read = (d: typeof db) =>
      d().select({ n: heavy }).from(tables.settings).where(eq(tables.settings.key, "read.one"));
    const threaded = await longestPause(async () => expect((await read(readDb))[0].n).toBe(1_500_000));
    const blocking = await longestPause(() => read(db));
    const figures = JSON.stringify({ threaded, blocking });
    // The read itself takes as long either way; only on the main connection does the loop stop for all of it.
    // (Relative bounds: on a loaded machine any process may be descheduled for a while.)
    expect(blocking.pauseMs, figures).toBeGreaterThan(Math.max(200, threaded.tookMs / 2));
    expect(threaded.pauseMs, figures).toBeLessThan(blocking.pauseMs / 4);
  });

  it.runIf(sqlite)("refuses writes, with a clear error", async () => {
    const error = await readDb()
      .insert(tables.settings)
      .values({ key: "read.write", value: 1, updatedAt: new Date() })
      .then(
        () => null,
        (e: unknown) => e as Error,
      );
    expect(String(error?.cause)).toMatch(/The read connection runs queries only/);
  });

  it.runIf(sqlite)("inside a transaction reads the transaction's own writes (the main connection)", async () => {
    await tx(async (t) => {
      await t.insert(tables.settings).values({ key: "read.in-tx", value: 2, updatedAt: new Date() });
      const rows = await readDb().select().from(tables.settings).where(eq(tables.settings.key, "read.in-tx"));
      expect(rows.map((r) => r.value)).toEqual([2]);
    });
  });

  it.runIf(!sqlite)("is the main database on PostgreSQL", () => {
    expect(readDb()).toBe(db());
  });
});
