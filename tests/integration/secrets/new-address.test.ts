import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/accounts";
import {
  createDownloadClientRecord,
  getDownloadClient,
  testDownloadClient,
  updateDownloadClient,
} from "@/lib/downloads";
import { createIndexer, getIndexer, testIndexer, updateIndexer } from "@/lib/indexers";
import { startFakeServer, torznabHandler, type FakeServer } from "../../helpers/fake-indexer";

// Security #16.11: a stored secret never goes to an address the admin has just typed. Whoever can
// edit the form could otherwise point a saved indexer or client at their own server and press Test.
const admin = systemActor;
let home: FakeServer;
let stranger: FakeServer;

beforeAll(async () => {
  home = await startFakeServer(
    torznabHandler({ apiKey: "key-home", caps: "newznab/newznab_caps.xml", feed: "newznab/newznab_nzb_su.xml" }),
  );
  // Records whatever reaches it: the stored secret must never be among it.
  stranger = await startFakeServer(() => ({ status: 401, body: "who are you" }));
});
afterAll(async () => {
  await Promise.all([home.close(), stranger.close()]);
});

const leaked = (secret: string) =>
  stranger.requests.some(
    (r) => r.url.toString().includes(secret) || JSON.stringify(r.headers).includes(secret) || r.body.includes(secret),
  );

describe("an indexer whose address changes", () => {
  it("asks for the API key again instead of sending the stored one to the new URL (test and save)", async () => {
    const created = await createIndexer(admin, {
      kind: "newznab",
      name: "Home",
      baseUrl: home.url,
      apiKey: "key-home",
      timeoutMs: 1500,
    });
    const moved = { baseUrl: stranger.url };
    for (const attempt of [() => testIndexer(admin, created.id, moved), () => updateIndexer(admin, created.id, moved)])
      await expect(attempt()).rejects.toMatchObject({
        code: "validation_failed",
        details: { fields: { apiKey: "Enter the API key again for the new address" } },
      });
    expect(leaked("key-home")).toBe(false);
    expect(stranger.requests).toHaveLength(0);
    expect((await getIndexer(admin, created.id)).baseUrl).toBe(home.url);

    // The same address (or none given) keeps the stored key, as before.
    expect((await testIndexer(admin, created.id, { baseUrl: home.url, name: "Home again" })).ok).toBe(true);

    // Entered again, the key goes to the new address, and only the new key.
    await updateIndexer(admin, created.id, { baseUrl: stranger.url, apiKey: "key-new" });
    expect((await getIndexer(admin, created.id)).baseUrl).toBe(stranger.url);
    expect(leaked("key-home")).toBe(false);
  });

  it("treats a new API path as a new address", async () => {
    const created = await createIndexer(admin, {
      kind: "newznab",
      name: "Home path",
      baseUrl: home.url,
      apiKey: "key-home",
      timeoutMs: 1500,
    });
    await expect(updateIndexer(admin, created.id, { apiPath: "/elsewhere/api" })).rejects.toMatchObject({
      details: { fields: { apiKey: expect.stringContaining("again for the new address") } },
    });
  });
});

describe("a download client whose address changes", () => {
  it("asks for the password again instead of sending the stored one to the new host or port", async () => {
    const created = await createDownloadClientRecord(admin, {
      kind: "transmission",
      name: "Transmission home",
      host: "127.0.0.1",
      port: 9091,
      username: "admin",
      password: "pw-home",
    });
    const port = Number(new URL(stranger.url).port);
    for (const change of [{ port }, { host: "localhost" }, { urlBase: "/other/" }, { useTls: true }]) {
      for (const attempt of [
        () => testDownloadClient(admin, created.id, change),
        () => updateDownloadClient(admin, created.id, change),
      ])
        await expect(attempt(), JSON.stringify(change)).rejects.toMatchObject({
          code: "validation_failed",
          details: { fields: { password: "Enter the password again for the new address" } },
        });
    }
    expect(stranger.requests).toHaveLength(0);
    expect(leaked("pw-home")).toBe(false);

    // Renaming keeps the stored password; with the password entered again the move is saved.
    await updateDownloadClient(admin, created.id, { name: "Transmission renamed" });
    expect((await getDownloadClient(admin, created.id)).secretsSet).toEqual(["password"]);
    await updateDownloadClient(admin, created.id, { port, password: "pw-new" });
    const moved = await getDownloadClient(admin, created.id);
    expect([moved.port, moved.secretsSet]).toEqual([port, ["password"]]);
  });

  it("asks SABnzbd for its API key again on a new address", async () => {
    const created = await createDownloadClientRecord(admin, {
      kind: "sabnzbd",
      name: "SAB home",
      host: "127.0.0.1",
      port: 8080,
      apiKey: "sab-key-home",
    });
    await expect(updateDownloadClient(admin, created.id, { host: "sab.example" })).rejects.toMatchObject({
      details: { fields: { apiKey: "Enter the API key again for the new address" } },
    });
  });
});
