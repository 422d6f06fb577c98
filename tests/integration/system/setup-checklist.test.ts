import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/accounts";
import { resetConfigForTests } from "@/lib/config";
import { createDownloadClientRecord } from "@/lib/downloads";
import { ForbiddenError } from "@/lib/errors";
import { createIndexer } from "@/lib/indexers";
import { createLibrary } from "@/lib/library";
import { saveMetadataSettings } from "@/lib/metadata";
import { setupChecklist } from "@/lib/system";

const admin: Actor = { kind: "user", userId: "u1", username: "admin", role: "admin", via: "session" };
const manager: Actor = { kind: "user", userId: "u2", username: "manager", role: "user", via: "session" };

const states = async () =>
  Object.fromEntries((await setupChecklist(admin)).steps.map((s) => [s.id, { done: s.done, state: s.state }]));

describe("#13.8 the first-run checklist", () => {
  it("starts with four steps to do, each naming a page that exists, and is for admins only", async () => {
    delete process.env.TMDB_API_KEY;
    resetConfigForTests();
    const checklist = await setupChecklist(admin);
    expect(checklist.complete).toBe(false);
    expect(checklist.steps.map((s) => [s.id, s.done, s.href])).toEqual([
      ["metadata", false, "/settings/metadata"],
      ["library", false, "/settings/libraries"],
      ["indexer", false, "/settings/indexers"],
      ["download-client", false, "/settings/download-clients"],
    ]);
    expect(checklist.steps[0].why).toMatch(/TMDB API key.*metadata relay/);
    await expect(setupChecklist(manager)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("marks each step done as it is set up, in any order, and is complete after the last", async () => {
    await saveMetadataSettings(admin, { source: "relay", relayUrl: "https://relay.example.com" });
    expect((await states()).metadata).toEqual({ done: true, state: "Metadata relay at https://relay.example.com" });

    const root = mkdtempSync(path.join(tmpdir(), "mydia-checklist-"));
    mkdirSync(path.join(root, "movies"));
    process.env.LIBRARY_ALLOWED_ROOTS = root;
    resetConfigForTests();
    await createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(root, "movies") });
    await createDownloadClientRecord(admin, {
      kind: "transmission",
      name: "Transmission",
      host: "127.0.0.1",
      port: 9091,
    });
    const partly = await states();
    expect(partly.library).toEqual({ done: true, state: `Movies (${path.join(root, "movies")})` });
    expect(partly["download-client"]).toEqual({ done: true, state: "1 client: Transmission" });
    expect(partly.indexer.done).toBe(false);
    expect((await setupChecklist(admin)).complete).toBe(false);

    await createIndexer(admin, { kind: "torznab", name: "Local", baseUrl: "http://127.0.0.1:9/torznab", apiKey: "k" });
    const checklist = await setupChecklist(admin);
    expect(checklist.steps.find((s) => s.id === "indexer")).toMatchObject({ done: true, state: "1 indexer: Local" });
    expect(checklist.complete).toBe(true);
  });
});
