import { beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { arrIdOf, arrIdsOf, entityIdOf } from "@/lib/arr/ids";
import { arrClient } from "@/tests/helpers/arr-client";

let adminKey = "";
let requesterKey = "";
const radarr = arrClient("radarr", () => adminKey);
const sonarr = arrClient("sonarr", () => adminKey);

beforeAll(async () => {
  const admin = await createUserAsOperator({ username: "arr-admin", password: "arr admin password", role: "admin" });
  adminKey = (await createApiKeyForUser(admin.id, "arr")).key;
  const requester = await createUserAsOperator({
    username: "arr-kid",
    password: "arr kid password 1",
    role: "requester",
  });
  requesterKey = (await createApiKeyForUser(requester.id, "arr")).key;
});

describe("*arr personas: status, keys and roles", () => {
  it("answers as Radarr and Sonarr with versions the clients accept", async () => {
    const movieSide = await radarr.ok<{ appName: string; version: string; urlBase: string }>(
      "GET",
      "/v3/system/status",
    );
    expect(movieSide).toMatchObject({ appName: "Radarr", urlBase: "/radarr" });
    expect(
      Number(movieSide.version.split(".")[0]) * 100 + Number(movieSide.version.split(".")[1]),
    ).toBeGreaterThanOrEqual(509);
    const seriesSide = await sonarr.ok<{ appName: string; version: string }>("GET", "/v3/system/status");
    expect(seriesSide.appName).toBe("Sonarr");
    expect(seriesSide.version.split(".").map(Number).slice(0, 3)).toSatisfy(
      ([major, minor, patch]: number[]) => major > 4 || (major === 4 && (minor > 0 || patch >= 8)),
    );
    expect(await radarr.ok("GET", "", { documentPath: "/api" })).toEqual({ current: "v3", deprecated: [] });
  });

  it("takes the key as ?apikey=, X-Api-Key or Bearer, and answers JSON 401 without one", async () => {
    for (const via of ["query", "header", "bearer"] as const)
      expect((await radarr.call("GET", "/v3/system/status", { via })).status).toBe(200);
    for (const path of ["", "/v3/system/status", "/v3/movie", "/v3/no-such-thing"]) {
      const answer = await sonarr.call("GET", path, { via: "none" });
      expect(answer.status, path).toBe(401);
      expect(answer.headers.get("content-type")).toContain("application/json");
      expect(answer.body).toHaveProperty("message");
    }
    expect((await radarr.call("GET", "/v3/system/status", { via: "query", key: "not-a-key" })).status).toBe(401);
  });

  it("refuses a requester: the *arr API is the library's inner side", async () => {
    const answer = await radarr.call("GET", "/v3/system/status", { key: requesterKey });
    expect(answer.status).toBe(403);
  });

  it("answers JSON 404 for a path it does not serve and 405 for a method it does not take", async () => {
    const unknown = await radarr.call("GET", "/v3/no-such-thing");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ message: "NotFound" });
    expect((await radarr.call("DELETE", "/v3/system/status")).status).toBe(405);
    expect((await radarr.call("GET", "/v2/system/status")).status).toBe(404);
  });
});

describe("stable integer ids", () => {
  it("gives each entity one id, kept on later calls, never reused across kinds", async () => {
    const first = await arrIdsOf("movie", ["m-1", "m-2", "m-1"]);
    expect(first.size).toBe(2);
    expect(await arrIdOf("movie", "m-1")).toBe(first.get("m-1"));
    const tagId = await arrIdOf("tag", "m-1");
    expect(tagId).not.toBe(first.get("m-1"));
    expect(await entityIdOf("movie", first.get("m-2")!)).toBe("m-2");
    await expect(entityIdOf("series", first.get("m-2")!)).rejects.toThrow(/No series with id/);
  });
});
