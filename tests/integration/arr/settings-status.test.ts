import { beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator, systemActor } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { createDownloadClientRecord } from "@/lib/downloads";
import { collectSearch, createIndexer } from "@/lib/indexers";
import { arrClient } from "@/tests/helpers/arr-client";

/** The read-only side of the *arr settings: download clients (secrets never returned) and health. */
interface Field {
  name: string;
  value: unknown;
}
interface DownloadClientResource {
  id: number;
  name: string;
  implementation: string;
  protocol: string;
  enable: boolean;
  fields: Field[];
}

let adminKey = "";
let readonlyKey = "";
const radarr = arrClient("radarr", () => adminKey);
const sonarr = arrClient("sonarr", () => adminKey);

beforeAll(async () => {
  const admin = await createUserAsOperator({ username: "arr-settings", password: "arr admin password", role: "admin" });
  adminKey = (await createApiKeyForUser(admin.id, "arr")).key;
  const viewer = await createUserAsOperator({
    username: "arr-viewer",
    password: "arr viewer password",
    role: "readonly",
  });
  readonlyKey = (await createApiKeyForUser(viewer.id, "arr")).key;
  await createDownloadClientRecord(systemActor, {
    kind: "qbittorrent",
    name: "qBittorrent",
    host: "127.0.0.1",
    port: 8080,
    username: "admin",
    password: "very secret password",
    movieCategory: "films",
    tvCategory: "shows",
  });
  await createDownloadClientRecord(systemActor, {
    kind: "sabnzbd",
    name: "SABnzbd",
    host: "127.0.0.1",
    port: 8085,
    apiKey: "0123456789abcdef0123456789abcdef",
  });
});

describe("downloadclient", () => {
  it("lists Mydia's clients with the persona's category and hides every secret", async () => {
    const movies = await radarr.ok<DownloadClientResource[]>("GET", "/v3/downloadclient");
    const series = await sonarr.ok<DownloadClientResource[]>("GET", "/v3/downloadclient");
    expect(movies.map((c) => [c.name, c.implementation, c.protocol])).toEqual([
      ["qBittorrent", "QBittorrent", "torrent"],
      ["SABnzbd", "Sabnzbd", "usenet"],
    ]);
    expect(series.map((c) => c.id)).toEqual(movies.map((c) => c.id));
    const value = (c: DownloadClientResource, name: string) => c.fields.find((f) => f.name === name)?.value;
    expect(value(movies[0], "movieCategory")).toBe("films");
    expect(value(series[0], "tvCategory")).toBe("shows");
    expect(value(movies[0], "password")).toBe("********");
    expect(value(movies[1], "apiKey")).toBe("********");
    const all = JSON.stringify([movies, series]);
    expect(all).not.toContain("very secret password");
    expect(all).not.toContain("0123456789abcdef");
    expect(
      await sonarr.ok("GET", `/v3/downloadclient/${movies[1].id}`, { documentPath: "/api/v3/downloadclient/{id}" }),
    ).toEqual(series[1]);
    expect(
      await radarr.ok("GET", `/v3/downloadclient/${movies[0].id}`, { documentPath: "/api/v3/downloadclient/{id}" }),
    ).toEqual(movies[0]);
    expect((await radarr.call("GET", "/v3/downloadclient/999999")).status).toBe(404);
    // Download clients are settings: a read-only key does not see them, as in /api/v1.
    expect((await radarr.call("GET", "/v3/downloadclient", { key: readonlyKey })).status).toBe(403);
  });
});

describe("health", () => {
  it("reports the missing worker as an error and the only indexer in back-off as an error (all indexers unavailable)", async () => {
    const indexer = await createIndexer(systemActor, {
      kind: "torznab",
      name: "Dead indexer",
      baseUrl: "http://127.0.0.1:9",
      apiKey: "key",
      timeoutMs: 2_000,
    });
    await collectSearch(
      systemActor,
      { type: "search", q: "anything" },
      { mode: "interactive", indexerIds: [indexer.id] },
    );
    for (const client of [radarr, sonarr]) {
      const health = await client.ok<{ source: string; type: string; message: string }[]>("GET", "/v3/health");
      expect(health).toContainEqual(
        expect.objectContaining({ source: "WorkerCheck", type: "error", message: expect.stringContaining("Worker") }),
      );
      expect(health).toContainEqual(
        expect.objectContaining({
          source: "IndexerStatusCheck",
          type: "error",
          message: expect.stringContaining("Dead indexer"),
        }),
      );
    }
  });
});
