import { like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, tables, tx } from "@/lib/db";

const s = tables.settings;
const row = (key: string) => ({ key, value: 1, updatedAt: new Date() });
const keys = async (prefix: string) =>
  (
    await db()
      .select({ key: s.key })
      .from(s)
      .where(like(s.key, `${prefix}%`))
  )
    .map((r) => r.key)
    .sort();

class Rollback extends Error {}

/** Transactions that write, yield between statements, then roll back. */
function rollingBack(prefix: string, count: number): Promise<unknown>[] {
  return Array.from({ length: count }, (_, i) =>
    tx(async (t) => {
      await t.insert(s).values(row(`${prefix}${i}.a`));
      await Promise.resolve();
      await t.select().from(s).limit(1);
      await t.insert(s).values(row(`${prefix}${i}.b`));
      throw new Rollback();
    }).catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    }),
  );
}

describe("tx() and writes outside it", () => {
  it("never loses a plain write made while another transaction is open and rolls back", async () => {
    // Plain writers interleave with the transactions at every await (other requests, jobs).
    const writers = Array.from({ length: 5 }, async (_, w) => {
      for (let k = 0; k < 20; k++) {
        await Promise.resolve();
        await db()
          .insert(s)
          .values(row(`iso.plain.${w}.${k}`));
      }
    });
    await Promise.all([...rollingBack("iso.tx.", 30), ...writers]);
    expect(await keys("iso.plain.")).toHaveLength(100);
    expect(await keys("iso.tx.")).toEqual([]);
  });

  it("keeps writes from timers out of a transaction that waits on I/O and is rolled back", async () => {
    const timerWrites: Promise<unknown>[] = [];
    // A timer of another request fires while the transaction waits: its write must not join it.
    setTimeout(() => timerWrites.push(db().insert(s).values(row("iso.io.timer")).execute()), 5);
    const failing = tx(async (t) => {
      await t.insert(s).values(row("iso.io.tx"));
      await new Promise((resolve) => setTimeout(resolve, 30));
      await t.insert(s).values(row("iso.io.tx2"));
      throw new Rollback();
    });
    await expect(failing).rejects.toBeDefined();
    await Promise.all(timerWrites);
    expect(timerWrites).toHaveLength(1);
    expect(await keys("iso.io.")).toEqual(["iso.io.timer"]);
  });

  it("keeps plain reads from seeing another transaction's uncommitted rows", async () => {
    let seen: string[] | undefined;
    const reader = (async () => {
      await Promise.resolve();
      await Promise.resolve();
      seen = await keys("iso.read.");
    })();
    await Promise.all([...rollingBack("iso.read.", 1), reader]);
    expect(seen).toEqual([]);
  });

  it("commits a transaction's rows alongside concurrent plain writes", async () => {
    const committed = Array.from({ length: 10 }, (_, i) =>
      tx(async (t) => {
        await t.insert(s).values(row(`iso.commit.tx.${i}`));
        await Promise.resolve();
        await t.insert(s).values(row(`iso.commit.tx.${i}.b`));
      }),
    );
    const plain = Array.from({ length: 10 }, async (_, i) => {
      await Promise.resolve();
      await db()
        .insert(s)
        .values(row(`iso.commit.plain.${i}`));
    });
    await Promise.all([...committed, ...plain, ...rollingBack("iso.commit.rb.", 10)]);
    expect(await keys("iso.commit.tx.")).toHaveLength(20);
    expect(await keys("iso.commit.plain.")).toHaveLength(10);
    expect(await keys("iso.commit.rb.")).toEqual([]);
  });
});
