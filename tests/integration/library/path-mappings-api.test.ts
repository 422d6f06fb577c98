import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { createUserAsOperator } from "@/lib/accounts";
import * as mappingsRoute from "@/app/api/v1/path-mappings/route";
import * as mappingRoute from "@/app/api/v1/path-mappings/[id]/route";
import { admin, useAllowedRoot, user } from "./helpers";

/** Remote path mappings: the service rules (admin only, local side inside the allowed roots, unique remote side) and the REST API. */
describe("library: remote path mappings", () => {
  let library: typeof import("@/lib/library");
  let base = "";

  beforeAll(async () => {
    base = await useAllowedRoot("path-mappings");
    mkdirSync(path.join(base, "downloads", "tv"), { recursive: true });
    library = await import("@/lib/library");
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("adds, changes and removes mappings; the local path must be inside the allowed roots", async () => {
    await expect(library.addPathMapping(user, { remotePath: "/data", localPath: base })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(library.addPathMapping(admin, { remotePath: "/data", localPath: "/etc" })).rejects.toMatchObject({
      code: "validation_failed",
      details: { fields: { localPath: expect.any(String) } },
    });
    await expect(
      library.addPathMapping(admin, { remotePath: "/data", localPath: path.join(base, "..", "..", "etc") }),
    ).rejects.toThrow(/outside the folders Mydia may use/);
    const m = await library.addPathMapping(admin, {
      remotePath: "D:\\Downloads\\",
      localPath: `${path.join(base, "downloads")}/`,
    });
    expect(m).toEqual({ id: expect.any(String), remotePath: "D:\\Downloads", localPath: path.join(base, "downloads") });
    expect(library.mapPath("D:\\Downloads\\tv\\Show", await library.listPathMappings(admin))).toBe(
      path.join(base, "downloads", "tv", "Show"),
    );

    const other = await library.addPathMapping(admin, {
      remotePath: "/volume1/tv",
      localPath: path.join(base, "downloads", "tv"),
    });
    await expect(library.updatePathMapping(admin, other.id, { remotePath: "D:\\Downloads" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      library.updatePathMapping(admin, other.id, { localPath: "/srv/elsewhere-not-allowed" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect(await library.updatePathMapping(admin, other.id, { remotePath: "/volume2/tv/" })).toEqual({
      id: other.id,
      remotePath: "/volume2/tv",
      localPath: path.join(base, "downloads", "tv"),
    });
    await expect(library.updatePathMapping(user, other.id, { remotePath: "/x" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(library.updatePathMapping(admin, "no-such-id", { remotePath: "/x" })).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await library.listPathMappings(admin)).map((x) => x.remotePath)).toEqual(["/volume2/tv", "D:\\Downloads"]);
    await library.deletePathMapping(admin, other.id);
    await library.deletePathMapping(admin, m.id);
    expect(await library.listPathMappings(admin)).toEqual([]);
  });

  describe("REST API", () => {
    let adminKey = "";
    let userKey = "";
    beforeAll(async () => {
      const a = await createUserAsOperator({ username: "pm-admin", password: "correct horse battery", role: "admin" });
      const u = await createUserAsOperator({ username: "pm-user", password: "correct horse battery", role: "user" });
      adminKey = (await createApiKeyForUser(a.id, "tests")).key;
      userKey = (await createApiKeyForUser(u.id, "tests")).key;
    });

    const call = (
      handler: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>,
      method: string,
      url: string,
      options: { key?: string; body?: unknown; id?: string } = {},
    ) =>
      handler(
        new Request(`http://localhost${url}`, {
          method,
          headers: {
            "x-api-key": options.key ?? adminKey,
            ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
          },
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        }),
        { params: Promise.resolve<Record<string, string>>(options.id ? { id: options.id } : {}) },
      );

    it("is for admins; validates; 201, 409, 404", async () => {
      const local = path.join(base, "downloads");
      expect((await call(mappingsRoute.GET, "GET", "/api/v1/path-mappings", { key: userKey })).status).toBe(403);
      expect(
        (
          await call(mappingsRoute.POST, "POST", "/api/v1/path-mappings", {
            key: userKey,
            body: { remotePath: "/downloads", localPath: local },
          })
        ).status,
      ).toBe(403);
      const outside = await call(mappingsRoute.POST, "POST", "/api/v1/path-mappings", {
        body: { remotePath: "/downloads", localPath: "/etc" },
      });
      expect(outside.status).toBe(400);
      expect(await outside.json()).toMatchObject({
        error: { code: "validation_failed", message: expect.stringMatching(/outside the folders/) },
      });
      expect(
        (
          await call(mappingsRoute.POST, "POST", "/api/v1/path-mappings", {
            body: { remotePath: "relative/path", localPath: local },
          })
        ).status,
      ).toBe(400);
      const created = await call(mappingsRoute.POST, "POST", "/api/v1/path-mappings", {
        body: { remotePath: "/downloads", localPath: local },
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect(
        (
          await call(mappingsRoute.POST, "POST", "/api/v1/path-mappings", {
            body: { remotePath: "/downloads/", localPath: local },
          })
        ).status,
      ).toBe(409);
      expect(await (await call(mappingsRoute.GET, "GET", "/api/v1/path-mappings")).json()).toEqual({
        items: [{ id, remotePath: "/downloads", localPath: local }],
      });

      expect(
        (
          await call(mappingRoute.PUT, "PUT", `/api/v1/path-mappings/${id}`, {
            key: userKey,
            id,
            body: { remotePath: "/dl" },
          })
        ).status,
      ).toBe(403);
      const updated = await call(mappingRoute.PUT, "PUT", `/api/v1/path-mappings/${id}`, {
        id,
        body: { remotePath: "/dl", localPath: path.join(local, "tv") },
      });
      expect(await updated.json()).toEqual({ id, remotePath: "/dl", localPath: path.join(local, "tv") });
      expect(
        (await call(mappingRoute.DELETE, "DELETE", `/api/v1/path-mappings/${id}`, { key: userKey, id })).status,
      ).toBe(403);
      expect(await (await call(mappingRoute.DELETE, "DELETE", `/api/v1/path-mappings/${id}`, { id })).json()).toEqual({
        deleted: true,
      });
      expect((await call(mappingRoute.DELETE, "DELETE", `/api/v1/path-mappings/${id}`, { id })).status).toBe(404);
      expect(
        (await call(mappingRoute.PUT, "PUT", `/api/v1/path-mappings/${id}`, { id, body: { remotePath: "/x" } })).status,
      ).toBe(404);
    });
  });
});
