import { beforeAll, describe, expect, it } from "vitest";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import * as definitions from "@/app/api/v1/quality-definitions/route";
import * as profiles from "@/app/api/v1/quality-profiles/route";
import * as profile from "@/app/api/v1/quality-profiles/[id]/route";
import * as formats from "@/app/api/v1/custom-formats/route";
import * as formatImport from "@/app/api/v1/custom-formats/import/route";
import * as formatExport from "@/app/api/v1/custom-formats/export/route";
import * as releaseProfiles from "@/app/api/v1/release-profiles/route";
import * as delayProfiles from "@/app/api/v1/delay-profiles/route";
import * as delayProfile from "@/app/api/v1/delay-profiles/[id]/route";

/** REST API v1 of lib/quality on both dialects: auth, roles, validation and the TRaSH round trip. */
let adminKey: string;
let readonlyKey: string;

beforeAll(async () => {
  const admin = await createUserAsOperator({ username: "q-admin", password: "correct horse battery", role: "admin" });
  const viewer = await createUserAsOperator({
    username: "q-viewer",
    password: "correct horse battery",
    role: "readonly",
  });
  adminKey = (await createApiKeyForUser(admin.id, "tests")).key;
  readonlyKey = (await createApiKeyForUser(viewer.id, "tests")).key;
});

type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(
  handler: Handler,
  method: string,
  url: string,
  options: { key?: string; body?: unknown; params?: Record<string, string> } = {},
) {
  const key = options.key ?? adminKey;
  const response = await handler(
    new Request(`http://localhost${url}`, {
      method,
      headers: { "x-api-key": key, ...(options.body !== undefined ? { "content-type": "application/json" } : {}) },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    }),
    { params: Promise.resolve(options.params ?? {}) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & unknown[] };
}

describe("REST API v1: quality", () => {
  it("lets readers read and only admins write", async () => {
    const list = await call(profiles.GET, "GET", "/api/v1/quality-profiles", { key: readonlyKey });
    expect(list.status).toBe(200);
    expect((list.body as unknown as { name: string }[]).map((p) => p.name)).toEqual([
      "Any",
      "SD",
      "HD-720p",
      "HD-1080p",
      "Ultra-HD",
      "HD-720p/1080p",
    ]);
    const hd = await call(profile.GET, "GET", "/api/v1/quality-profiles/hd-1080p", {
      key: readonlyKey,
      params: { id: "hd-1080p" },
    });
    const { id: _id, ...fields } = hd.body as Record<string, unknown>;
    expect(
      (
        await call(profiles.POST, "POST", "/api/v1/quality-profiles", {
          key: readonlyKey,
          body: { ...fields, name: "Nope" },
        })
      ).status,
    ).toBe(403);
    const created = await call(profiles.POST, "POST", "/api/v1/quality-profiles", {
      body: { ...fields, name: "Mine" },
    });
    expect(created.status).toBe(201);
    const bad = await call(profiles.POST, "POST", "/api/v1/quality-profiles", {
      body: { ...fields, name: "Bad", cutoff: "q0" },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("cutoff");
    const id = (created.body as unknown as { id: string }).id;
    expect(
      (
        await call(profile.PUT, "PUT", `/api/v1/quality-profiles/${id}`, {
          params: { id },
          body: { ...fields, name: "Mine 2" },
        })
      ).body,
    ).toMatchObject({ name: "Mine 2" });
    expect((await call(profile.DELETE, "DELETE", `/api/v1/quality-profiles/${id}`, { params: { id } })).body).toEqual({
      deleted: true,
    });
    expect((await call(profile.GET, "GET", `/api/v1/quality-profiles/${id}`, { params: { id } })).status).toBe(404);
  });

  it("edits size definitions", async () => {
    const put = await call(definitions.PUT, "PUT", "/api/v1/quality-definitions", {
      body: [{ qualityId: 3, minSize: 5, preferredSize: 50, maxSize: 100 }],
    });
    expect(put.status).toBe(200);
    expect(
      (put.body as unknown as { qualityId: number; maxSize: number }[]).find((d) => d.qualityId === 3)?.maxSize,
    ).toBe(100);
    expect(
      (
        await call(definitions.PUT, "PUT", "/api/v1/quality-definitions", {
          body: [{ qualityId: 3, minSize: 5, preferredSize: 50, maxSize: 1 }],
        })
      ).status,
    ).toBe(400);
  });

  it("imports, lists and exports custom formats", async () => {
    const trash = {
      name: "DV",
      includeCustomFormatWhenRenaming: false,
      specifications: [
        {
          name: "DV",
          implementation: "ReleaseTitleSpecification",
          negate: false,
          required: true,
          fields: { value: "\\b(dv|dovi)\\b" },
        },
      ],
    };
    const imported = await call(formatImport.POST, "POST", "/api/v1/custom-formats/import", {
      body: { json: [trash] },
    });
    expect(imported.status).toBe(200);
    expect((imported.body as unknown as { created: unknown[] }).created).toHaveLength(1);
    expect(((await call(formats.GET, "GET", "/api/v1/custom-formats")).body as unknown as unknown[]).length).toBe(1);
    expect((await call(formatExport.GET, "GET", "/api/v1/custom-formats/export", { key: readonlyKey })).body).toEqual([
      trash,
    ]);
    expect(
      (
        await call(formats.POST, "POST", "/api/v1/custom-formats", {
          body: { name: "Broken", conditions: [{ type: "releaseTitle", pattern: "(" }] },
        })
      ).status,
    ).toBe(400);
  });

  it("keeps release and delay profiles", async () => {
    expect(
      (
        await call(releaseProfiles.POST, "POST", "/api/v1/release-profiles", {
          body: { name: "No 3D", ignored: ["3D"] },
        })
      ).status,
    ).toBe(201);
    const dp = await call(delayProfiles.POST, "POST", "/api/v1/delay-profiles", {
      body: { torrentDelayMinutes: 60, tags: ["anime"] },
    });
    expect(dp.status).toBe(201);
    const id = (dp.body as unknown as { id: string }).id;
    expect(
      (await call(delayProfile.DELETE, "DELETE", "/api/v1/delay-profiles/default", { params: { id: "default" } }))
        .status,
    ).toBe(409);
    expect((await call(delayProfile.DELETE, "DELETE", `/api/v1/delay-profiles/${id}`, { params: { id } })).status).toBe(
      200,
    );
  });
});
