import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config";
import { db, tables } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { takeRelayToken } from "@/lib/metadata";

const dialect = process.env.MYDIA_TEST_DIALECT ?? "sqlite";
const root = path.resolve(import.meta.dirname, "../../..");
const run = promisify(execFile);

/** Takes `count` tokens at `at`; how many were given. */
async function take(client: string, count: number, at: Date): Promise<number> {
  let granted = 0;
  for (let i = 0; i < count; i++) {
    try {
      await takeRelayToken(client, at);
      granted++;
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
    }
  }
  return granted;
}

/** The same in another process (tests/helpers/scripts/relay-tokens.ts) on this file's database. */
async function takeInAnotherProcess(client: string, count: number, at: Date): Promise<number> {
  const config = getConfig();
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "tests/helpers/scripts/relay-tokens.ts", client, String(count), String(at.getTime())],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: config.DATABASE_URL, DATA_DIR: config.dataDir, LOG_LEVEL: "silent" },
      timeout: 60_000,
    },
  );
  return (JSON.parse(stdout.trim().split("\n").pop()!) as { granted: number }).granted;
}

describe(`the metadata relay's rate limit (${dialect})`, () => {
  const t0 = new Date("2026-06-01T12:00:00Z");
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it("bursts of 40, then 4 a second, per client address", async () => {
    expect(await take("203.0.113.1", 45, t0)).toBe(40);
    await expect(takeRelayToken("203.0.113.1", t0)).rejects.toMatchObject({ retryAfterSeconds: 1 });
    // Another address has its own bucket.
    expect(await take("203.0.113.2", 10, t0)).toBe(10);
    // Half a second later: two more tokens.
    expect(await take("203.0.113.1", 5, at(500))).toBe(2);
    // Ten seconds idle: the bucket is full again, never fuller.
    expect(await take("203.0.113.1", 45, at(60_000))).toBe(40);
  });

  it("a request that waited on another's lock (an earlier time, handled later) does not refill the bucket twice", async () => {
    const client = "203.0.113.3";
    expect(await take(client, 40, at(0))).toBe(40);
    expect(await take(client, 10, at(1000))).toBe(4);
    // Stamped at 0.5 s, handled after the one at 1 s: nothing left, and the bucket's clock stays at 1 s.
    expect(await take(client, 1, at(500))).toBe(0);
    expect(await take(client, 10, at(1000))).toBe(0);
    expect(await take(client, 10, at(1250))).toBe(1);
  });

  it("holds across processes: what another web process took is gone for this one", async () => {
    const client = "198.51.100.9";
    expect(await takeInAnotherProcess(client, 30, at(120_000))).toBe(30);
    expect(await take(client, 30, at(120_000))).toBe(10);
    expect(await takeInAnotherProcess(client, 5, at(120_000))).toBe(0);
  });

  it("forgets clients gone quiet for an hour when a new one arrives", async () => {
    await take("192.0.2.50", 1, at(3 * 3_600_000));
    const clients = (await db().select({ client: tables.relayRateBuckets.client }).from(tables.relayRateBuckets)).map(
      (r) => r.client,
    );
    expect(clients).toEqual(["192.0.2.50"]);
  });
});
