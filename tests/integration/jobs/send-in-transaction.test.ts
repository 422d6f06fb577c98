import { afterAll, describe, expect, it } from "vitest";
import { dialectOf, tx } from "@/lib/db";
import { closeJobQueue, getJobQueue, sendJob } from "@/lib/jobs";

const dialect = dialectOf(process.env.DATABASE_URL);

afterAll(async () => {
  await closeJobQueue({ graceMs: 0 });
});

async function queued(queue: string): Promise<number> {
  return (await (await getJobQueue()).queueCounts())[queue]?.queued ?? 0;
}

describe(`sendJob in the caller's transaction (${dialect})`, () => {
  it("leaves no job when the transaction rolls back", async () => {
    const before = await queued("metadata.refresh");
    await expect(
      tx(async (t) => {
        const id = await sendJob("metadata.refresh", { kind: "movie", id: "rolled-back" }, { db: t });
        expect(id).toEqual(expect.any(String));
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await queued("metadata.refresh")).toBe(before);
  });

  it("keeps the job when the transaction commits, and only then", async () => {
    const before = await queued("metadata.refresh");
    let seenInside = -1;
    await tx(async (t) => {
      await sendJob("metadata.refresh", { kind: "movie", id: "committed" }, { db: t });
      // PostgreSQL: other connections do not see the uncommitted job.
      if (dialect === "pg") seenInside = await queued("metadata.refresh");
    });
    if (dialect === "pg") expect(seenInside).toBe(before);
    expect(await queued("metadata.refresh")).toBe(before + 1);
  });

  it("sends outside a transaction as before", async () => {
    const before = await queued("metadata.refresh");
    await sendJob("metadata.refresh", { kind: "series", id: "plain" });
    expect(await queued("metadata.refresh")).toBe(before + 1);
  });
});
