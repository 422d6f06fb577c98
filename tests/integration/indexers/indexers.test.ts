import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { systemActor, type Actor } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import {
  collectSearch,
  createIndexer,
  deleteIndexer,
  getIndexer,
  indexerStats,
  listIndexers,
  resetIndexerHealth,
  searchReleases,
  testIndexer,
  updateIndexer,
  type SearchEvent,
} from "@/lib/indexers";
import { startFakeServer, torznabHandler, type FakeServer } from "../../helpers/fake-indexer";

const admin = systemActor;
const readonly: Actor = { kind: "user", userId: "u", username: "ro", role: "readonly", via: "session" };
const servers: Record<string, FakeServer> = {};

beforeAll(async () => {
  servers.hdaccess = await startFakeServer(
    torznabHandler({
      apiKey: "key-hda",
      caps: "newznab/prowlarr__newznab_caps.xml",
      feed: "torznab/torznab_hdaccess_net.xml",
    }),
  );
  servers.nzbsu = await startFakeServer(
    torznabHandler({ apiKey: "key-nzb", caps: "newznab/newznab_caps.xml", feed: "newznab/newznab_nzb_su.xml" }),
  );
  servers.hangs = await startFakeServer(() => "hang");
  servers.broken = await startFakeServer(() => ({ status: 500, body: "Internal Server Error" }));
  servers.malformed = await startFakeServer((r) =>
    r.url.searchParams.get("t") === "caps"
      ? { body: '<caps><searching><search available="yes"/></searching>' }
      : { body: "<rss><channel><item><title>x" },
  );
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

const torznab = (name: string, server: FakeServer, apiKey: string, extra: Record<string, unknown> = {}) => ({
  kind: "torznab" as const,
  name,
  baseUrl: server.url,
  apiKey,
  timeoutMs: 1500,
  ...extra,
});

describe("indexer storage", () => {
  it("stores the API key encrypted, never returns it, and keeps it when an update leaves it blank", async () => {
    const created = await createIndexer(
      admin,
      torznab("HDAccess", servers.hdaccess, "key-hda", { categories: [2000, 5040], tags: ["hd"] }),
    );
    expect(created).toMatchObject({
      name: "HDAccess",
      kind: "torznab",
      protocol: "torrent",
      apiPath: "/api",
      secretsSet: ["apiKey"],
      priority: 25,
      tags: ["hd"],
    });
    expect(JSON.stringify(created)).not.toContain("key-hda");
    const [row] = await db().select().from(tables.indexers).where(eq(tables.indexers.id, created.id));
    expect(row.secrets).toMatch(/^v1:/);
    expect(row.secrets).not.toContain("key-hda");

    const updated = await updateIndexer(admin, created.id, { apiKey: "", priority: 10 });
    expect(updated.priority).toBe(10);
    expect((await testIndexer(admin, created.id)).ok).toBe(true);
  });

  it("validates input, refuses duplicate names and non-admins", async () => {
    await expect(createIndexer(admin, { kind: "torznab", name: "X", baseUrl: "ftp://nope" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(createIndexer(admin, { kind: "torznab", name: "x2" })).rejects.toThrow(/^URL is required/);
    await expect(createIndexer(admin, torznab("hdaccess", servers.hdaccess, "k"))).rejects.toThrow(/already exists/);
    await expect(listIndexers(readonly)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("test(): caps and a sample search, or the reason and the field to fix", async () => {
    const ok = await testIndexer(admin, null, torznab("Try", servers.hdaccess, "key-hda"));
    expect(ok).toMatchObject({ ok: true, sampleResults: expect.any(Number) });
    expect(ok.ok && ok.caps.movieSearch.params).toContain("imdbid");
    expect(await testIndexer(admin, null, torznab("Try", servers.hdaccess, "wrong"))).toEqual({
      ok: false,
      kind: "auth",
      field: "apiKey",
      message: "Try error 100: Incorrect user credentials (the API key is wrong)",
    });
    expect(await testIndexer(admin, null, torznab("Try", servers.broken, "k"))).toEqual({
      ok: false,
      kind: "status",
      message: "Try answered HTTP 500 Internal Server Error",
    });
    const malformed = await testIndexer(admin, null, torznab("Try", servers.malformed, "k"));
    expect(malformed).toMatchObject({ ok: false, kind: "parse" });
    expect(!malformed.ok && malformed.message).toMatch(/^Try sent malformed XML \(line \d+/);
    const hangs = await testIndexer(admin, null, torznab("Try", servers.hangs, "k"));
    expect(hangs).toMatchObject({ ok: false, kind: "timeout", message: "Try did not answer in time" });
  });
});

describe("search fan-out with health", () => {
  let ids: Record<string, string> = {};

  beforeAll(async () => {
    const hda = (await listIndexers(admin)).find((i) => i.name === "HDAccess")!;
    ids = {
      hdaccess: hda.id,
      nzbsu: (await createIndexer(admin, { ...torznab("NZB.su", servers.nzbsu, "key-nzb"), kind: "newznab" })).id,
      hangs: (await createIndexer(admin, torznab("Hangs", servers.hangs, "k"))).id,
      broken: (await createIndexer(admin, torznab("Broken", servers.broken, "k"))).id,
      wrongKey: (await createIndexer(admin, torznab("Wrong key", servers.hdaccess, "nope"))).id,
    };
  });

  it("returns the good indexers' results before the deadline and says which failed and why", async () => {
    const events: (SearchEvent & { at: number })[] = [];
    const started = Date.now();
    for await (const event of searchReleases(
      admin,
      { type: "search", q: "saul" },
      { mode: "interactive", deadlineMs: 5000 },
    )) {
      events.push({ ...event, at: Date.now() - started });
    }
    const results = events.filter((e) => e.type === "results");
    expect(results.map((e) => e.type === "results" && e.indexer.name).sort()).toEqual(["HDAccess", "NZB.su"]);
    for (const event of results) expect(event.at).toBeLessThan(1500);
    const failed = Object.fromEntries(
      events.flatMap((e) => (e.type === "failed" ? [[e.indexer.name, `${e.kind}: ${e.message}`]] : [])),
    );
    expect(failed).toEqual({
      Broken: "status: Broken answered HTTP 500 Internal Server Error",
      Hangs: "timeout: Hangs did not answer within 1.5 s",
      "Wrong key": "auth: Wrong key error 100: Incorrect user credentials (the API key is wrong)",
    });
    const done = events.at(-1)!;
    expect(done).toMatchObject({ type: "done", succeeded: 2, failed: 3 });
    expect(done.at).toBeLessThan(4000);
    const releases = results.flatMap((e) => (e.type === "results" ? e.releases : []));
    const saul = releases.find((r) => r.title.startsWith("Better Call Saul S01E05"))!;
    expect(saul.parsed).toMatchObject({ kind: "episode", season: 1, episodes: [5], resolution: 1080 });
    expect(saul.indexerName).toBe("HDAccess");
  });

  it("backs failing indexers off on the ladder, skips them, and resets on request", async () => {
    const broken = await getIndexer(admin, ids.broken);
    expect(broken.status.consecutiveFailures).toBe(1);
    expect(broken.status.lastFailureKind).toBe("status");
    const until = Date.parse(broken.status.disabledUntil!);
    expect(until - Date.now()).toBeGreaterThan(50_000);
    expect(until - Date.now()).toBeLessThanOrEqual(60_000);

    const second = await collectSearch(admin, { type: "search", q: "saul" }, { mode: "interactive", deadlineMs: 5000 });
    const skipped = second.indexers
      .filter((i) => i.status === "skipped")
      .map((i) => i.indexerName)
      .sort();
    expect(skipped).toEqual(["Broken", "Hangs", "Wrong key"]);
    expect(second.indexers.find((i) => i.indexerName === "Broken")?.message).toMatch(
      /^backed off after 1 failure\(s\): Broken answered HTTP 500/,
    );

    const reset = await resetIndexerHealth(admin, ids.broken);
    expect(reset.status).toMatchObject({ consecutiveFailures: 0, disabledUntil: null });
    await collectSearch(admin, { type: "search", q: "saul" }, { mode: "interactive", indexerIds: [ids.broken] });
    const again = await getIndexer(admin, ids.broken);
    expect(again.status.consecutiveFailures).toBe(1);
    await resetIndexerHealth(admin, ids.broken);
    await collectSearch(admin, { type: "search", q: "saul" }, { mode: "interactive", indexerIds: [ids.broken] });
    await collectSearch(admin, { type: "search", q: "saul" }, { mode: "interactive", indexerIds: [ids.broken] }); // skipped: backed off
    expect((await getIndexer(admin, ids.broken)).status.consecutiveFailures).toBe(1);
  });

  it("keeps to requests-per-minute limits across searches", async () => {
    await updateIndexer(admin, ids.nzbsu, { requestsPerMinute: 2 });
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      const result = await collectSearch(
        admin,
        { type: "search", q: "x" },
        { mode: "interactive", indexerIds: [ids.nzbsu] },
      );
      outcomes.push(result.indexers[0]);
    }
    // the earlier search already used one slot of this minute (unless the minute turned over)
    expect(outcomes.map((o) => o.status)).toContain("skipped");
    expect(outcomes.find((o) => o.status === "skipped")?.message).toBe("request limit reached (2/min)");
    await updateIndexer(admin, ids.nzbsu, { requestsPerMinute: null });
  });

  it("de-duplicates the same release from two indexers and honours the enable flags", async () => {
    const twin = await createIndexer(
      admin,
      torznab("HDAccess twin", servers.hdaccess, "key-hda", { enableAutomatic: false }),
    );
    const interactive = await collectSearch(
      admin,
      { type: "search", q: "x" },
      { mode: "interactive", indexerIds: [ids.hdaccess, twin.id] },
    );
    expect(interactive.duplicates).toBeGreaterThan(3);
    const titles = interactive.releases.map((r) => r.title);
    expect(new Set(titles).size).toBe(titles.length);
    const automatic = await collectSearch(
      admin,
      { type: "search", q: "x" },
      { mode: "automatic", indexerIds: [ids.hdaccess, twin.id] },
    );
    expect(automatic.indexers.map((i) => i.indexerName)).toEqual(["HDAccess"]);
    await deleteIndexer(admin, twin.id);
  });

  it("counts queries, failures and results per indexer", async () => {
    const stats = await indexerStats(admin, 7);
    const byName = Object.fromEntries(stats.indexers.map((s) => [s.name, s]));
    expect(byName.HDAccess.queries).toBeGreaterThanOrEqual(3);
    expect(byName.HDAccess.results).toBeGreaterThan(0);
    expect(byName.Broken.failures).toBeGreaterThanOrEqual(2);
    expect(byName.HDAccess.averageResponseMs).not.toBeNull();
  });
});
