import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, dialectOf, forUpdate, getDbHandle, migrate, tables, tx, TransactionIoError } from "@/lib/db";

describe("database", () => {
  it("runs migrations once; a second run applies nothing", async () => {
    const again = await migrate(getDbHandle());
    expect(again.applied).toBe(0);
    expect(again.total).toBeGreaterThan(0);
  });

  it("survives concurrent migrate calls", async () => {
    const results = await Promise.all([migrate(getDbHandle()), migrate(getDbHandle())]);
    expect(results.map((r) => r.applied)).toEqual([0, 0]);
  });

  it("commits a transaction and returns its value", async () => {
    const id = await tx(async (t) => {
      const [row] = await t
        .insert(tables.settings)
        .values({ key: "tx.commit", value: { a: 1 }, updatedAt: new Date() })
        .returning();
      return row.key;
    });
    expect(id).toBe("tx.commit");
    const rows = await db().select().from(tables.settings).where(eq(tables.settings.key, "tx.commit"));
    expect(rows[0].value).toEqual({ a: 1 });
    expect(rows[0].updatedAt).toBeInstanceOf(Date);
  });

  it("rolls back everything when the callback throws", async () => {
    await expect(
      tx(async (t) => {
        await t.insert(tables.settings).values({ key: "tx.rollback", value: 1, updatedAt: new Date() });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const rows = await db().select().from(tables.settings).where(eq(tables.settings.key, "tx.rollback"));
    expect(rows).toHaveLength(0);
  });

  it("serialises concurrent transactions without losing writes", async () => {
    await db().insert(tables.settings).values({ key: "tx.counter", value: 0, updatedAt: new Date() });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        tx(async (t) => {
          const [row] = await forUpdate(t.select().from(tables.settings).where(eq(tables.settings.key, "tx.counter")));
          await t
            .update(tables.settings)
            .set({ value: (row.value as number) + 1, updatedAt: new Date() })
            .where(eq(tables.settings.key, "tx.counter"));
        }),
      ),
    );
    const [row] = await db().select().from(tables.settings).where(eq(tables.settings.key, "tx.counter"));
    expect(row.value).toBe(20);
  });

  it("stores events with increasing ids and default timestamps", async () => {
    const inserted = await db()
      .insert(tables.events)
      .values([
        { type: "test.a", payload: { n: 1 } },
        { type: "test.b", payload: { n: 2 } },
      ])
      .returning();
    expect(inserted[1].id).toBeGreaterThan(inserted[0].id);
    expect(inserted[0].createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  if (dialectOf(process.env.DATABASE_URL) === "sqlite")
    it("rejects I/O waits inside a SQLite transaction", async () => {
      await expect(
        tx(async (t) => {
          await t.insert(tables.settings).values({ key: "tx.io", value: 1, updatedAt: new Date() });
          await new Promise((resolve) => setTimeout(resolve, 5));
        }),
      ).rejects.toBeInstanceOf(TransactionIoError);
      const rows = await db().select().from(tables.settings).where(eq(tables.settings.key, "tx.io"));
      expect(rows).toHaveLength(0);
    });
});
