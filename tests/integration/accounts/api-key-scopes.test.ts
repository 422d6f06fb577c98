import { beforeAll, describe, expect, it } from "vitest";
import { changeRole, createApiKey, createUserAsOperator, listApiKeys, verifyApiKey, type Actor } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { db, tables } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import * as moviesRoute from "@/app/api/v1/movies/route";
import * as queueRoute from "@/app/api/v1/queue/route";
import { arrClient } from "@/tests/helpers/arr-client";

/**
 * API keys with a scope (#14, also what the *arr personas honour, #17): read-only reads and
 * changes nothing, requests-only never reaches the library's inner side, an expired key is refused,
 * a scope must fit its owner's role, and a key whose owner's role no longer fits stops working.
 */
type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function status(handler: Handler, key: string, method = "GET", body?: unknown): Promise<number> {
  const response = await handler(
    new Request("http://localhost/api/v1/x", {
      method,
      headers: { "x-api-key": key, "content-type": "application/json" },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
    { params: Promise.resolve({}) },
  );
  return response.status;
}

const actorOf = (u: { id: string; username: string; role: "admin" | "user" | "requester" | "readonly" }): Actor => ({
  kind: "user",
  userId: u.id,
  username: u.username,
  role: u.role,
  via: "session",
});

let owner: Actor;
let ownerId = "";

beforeAll(async () => {
  const admin = await createUserAsOperator({ username: "keys-admin", password: "keys admin password", role: "admin" });
  ownerId = admin.id;
  owner = actorOf({ ...admin, role: "admin" });
});

describe("API key scopes and expiry", () => {
  it("a read-only key of an admin reads but changes nothing, on /api/v1 and the *arr personas", async () => {
    const { key, summary } = await createApiKey(owner, "dashboard", { scope: "read-only" });
    expect(summary).toMatchObject({ scope: "read-only", expiresAt: null });
    expect(await verifyApiKey(key)).toMatchObject({ role: "readonly" });
    expect(await status(moviesRoute.GET, key)).toBe(200);
    expect(await status(queueRoute.GET, key)).toBe(200);
    expect(await status(moviesRoute.POST, key, "POST", { tmdbId: 550 })).toBe(403);
    const radarr = arrClient("radarr", () => key);
    expect((await radarr.call("GET", "/v3/system/status")).status).toBe(200);
  });

  it("a requests-only key browses the catalog but never the queue, files or the *arr API", async () => {
    const { key } = await createApiKey(owner, "phone", { scope: "requests-only" });
    expect(await verifyApiKey(key)).toMatchObject({ role: "requester" });
    expect(await status(moviesRoute.GET, key)).toBe(200);
    expect(await status(queueRoute.GET, key)).toBe(403);
    expect((await arrClient("sonarr", () => key).call("GET", "/v3/system/status")).status).toBe(403);
  });

  it("an expired key is refused and listed as expired", async () => {
    const { key, summary } = await createApiKey(owner, "trial", { expiresInDays: 1 });
    expect(summary.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(await status(moviesRoute.GET, key)).toBe(200);
    const { eq } = await import("drizzle-orm");
    await db()
      .update(tables.apiKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(tables.apiKeys.id, summary.id));
    expect(await status(moviesRoute.GET, key)).toBe(401);
    expect((await arrClient("radarr", () => key).call("GET", "/v3/system/status", { via: "query" })).status).toBe(401);
    expect((await listApiKeys(owner)).find((k) => k.id === summary.id)?.expiresAt).toBeInstanceOf(Date);
  });

  it("refuses a scope its owner's role cannot use, and a key stops when its owner's role no longer fits", async () => {
    const kid = await createUserAsOperator({ username: "keys-kid", password: "keys kid password", role: "requester" });
    await expect(createApiKeyForUser(kid.id, "kid", { scope: "read-only" })).rejects.toBeInstanceOf(ValidationError);
    await expect(createApiKeyForUser(kid.id, "kid", { scope: "anything" as never })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const viewer = await createUserAsOperator({ username: "keys-viewer", password: "keys viewer pass", role: "user" });
    const { key } = await createApiKeyForUser(viewer.id, "tv", { scope: "read-only" });
    expect(await verifyApiKey(key)).toMatchObject({ role: "readonly" });
    await changeRole(actorOf({ id: ownerId, username: "keys-admin", role: "admin" }), viewer.id, "requester");
    expect(await verifyApiKey(key)).toBeNull();
  });
});
