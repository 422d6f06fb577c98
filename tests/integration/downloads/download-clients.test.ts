import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { systemActor } from "@/lib/accounts";
import { createUserAsOperator } from "@/lib/accounts";
import { createApiKeyForUser } from "@/lib/accounts/api-keys";
import { db, tables } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import {
  createDownloadClientRecord,
  getDownloadClient,
  listDownloadClients,
  testDownloadClient,
  updateDownloadClient,
} from "@/lib/downloads";
import * as collection from "@/app/api/v1/download-clients/route";
import * as item from "@/app/api/v1/download-clients/[id]/route";
import * as itemTest from "@/app/api/v1/download-clients/[id]/test/route";
import * as newTest from "@/app/api/v1/download-clients/test/route";
import { startTransmission, type StartedDaemon } from "@/tests/helpers/daemons/clients";
import { freePort } from "@/tests/helpers/daemons/process";

/** Storage, service and REST API of download clients, on both dialects, against a real Transmission. */
let transmission: StartedDaemon;
let adminKey: string;
let readonlyKey: string;

beforeAll(async () => {
  transmission = await startTransmission();
  const admin = await createUserAsOperator({ username: "dl-admin", password: "correct horse battery", role: "admin" });
  const viewer = await createUserAsOperator({
    username: "dl-viewer",
    password: "correct horse battery",
    role: "readonly",
  });
  adminKey = (await createApiKeyForUser(admin.id, "tests")).key;
  readonlyKey = (await createApiKeyForUser(viewer.id, "tests")).key;
});
afterAll(async () => {
  await transmission?.stop();
});

const trInput = (changes: Record<string, unknown> = {}) => ({
  kind: "transmission" as const,
  name: "Transmission",
  host: "127.0.0.1",
  port: transmission.connection.port,
  urlBase: "",
  username: transmission.connection.username,
  password: transmission.connection.password!,
  ...changes,
});

const call = (
  handler: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>,
  method: string,
  url: string,
  options: { key?: string; body?: unknown; params?: Record<string, string> } = {},
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
    { params: Promise.resolve(options.params ?? {}) },
  );

describe("download clients: storage and service", () => {
  it("stores a client with per-kind defaults and the password encrypted, never in the view", async () => {
    const view = await createDownloadClientRecord(systemActor, {
      kind: "qbittorrent",
      name: "qBit",
      host: "nas.local",
      username: "admin",
      password: "s3cret-pass",
    });
    expect(view).toMatchObject({
      kind: "qbittorrent",
      protocol: "torrent",
      port: 8080,
      urlBase: "",
      movieCategory: "mydia-movies",
      tvCategory: "mydia-tv",
      priority: 1,
      enabled: true,
      secretsSet: ["password"],
    });
    expect(JSON.stringify(view)).not.toContain("s3cret-pass");
    const [row] = await db().select().from(tables.downloadClients).where(eq(tables.downloadClients.id, view.id));
    expect(row.secrets).toMatch(/^v1:/);
    expect(row.secrets).not.toContain("s3cret-pass");

    const sab = await createDownloadClientRecord(systemActor, {
      kind: "sabnzbd",
      name: "SAB",
      host: "127.0.0.1",
      apiKey: "abcdef0123456789",
      password: "ignored",
    });
    expect(sab).toMatchObject({
      protocol: "usenet",
      port: 8080,
      urlBase: "/sabnzbd",
      username: null,
      secretsSet: ["apiKey"],
      movieCategory: "movies",
    });
  });

  it("refuses a duplicate name and a SABnzbd client without an API key", async () => {
    await expect(
      createDownloadClientRecord(systemActor, { kind: "nzbget", name: "qbit", host: "h" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      createDownloadClientRecord(systemActor, { kind: "sabnzbd", name: "SAB 2", host: "h" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      createDownloadClientRecord(systemActor, { kind: "nzbget", name: "Bad host", host: "http://x/y" }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("tests a stored client against the real daemon; an empty password on update keeps the stored one", async () => {
    const view = await createDownloadClientRecord(systemActor, trInput());
    expect(await testDownloadClient(systemActor, view.id)).toMatchObject({
      ok: true,
      version: expect.stringMatching(/^\d+\.\d+/),
    });
    await updateDownloadClient(systemActor, view.id, { password: "", priority: 5, movieCategory: "films" });
    expect(await testDownloadClient(systemActor, view.id)).toMatchObject({ ok: true });
    expect(await getDownloadClient(systemActor, view.id)).toMatchObject({
      priority: 5,
      movieCategory: "films",
      secretsSet: ["password"],
    });
    // Test with changes (the form before saving): nothing is stored.
    expect(await testDownloadClient(systemActor, view.id, { password: "wrong" })).toMatchObject({
      ok: false,
      kind: "auth",
      field: "password",
    });
    expect(await testDownloadClient(systemActor, view.id)).toMatchObject({ ok: true });
    expect(await testDownloadClient(systemActor, null, trInput({ name: "new", port: await freePort() }))).toMatchObject(
      { ok: false, kind: "unavailable", field: "port" },
    );
    expect((await listDownloadClients(systemActor)).map((c) => c.name)).toEqual(["qBit", "SAB", "Transmission"]);
  });
});

describe("download clients: REST API v1", () => {
  it("creates, lists, tests, updates and deletes through /api/v1/download-clients", async () => {
    const created = await call(collection.POST, "POST", "/api/v1/download-clients", {
      body: trInput({ name: "Transmission API" }),
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; secretsSet: string[] };
    expect(body.secretsSet).toEqual(["password"]);

    const list = await call(collection.GET, "GET", "/api/v1/download-clients");
    const listText = await list.text();
    expect(list.status).toBe(200);
    expect(listText).toContain("Transmission API");
    expect(listText).not.toContain(transmission.connection.password!);

    const tested = await call(itemTest.POST, "POST", `/api/v1/download-clients/${body.id}/test`, {
      body: {},
      params: { id: body.id },
    });
    expect(await tested.json()).toMatchObject({ ok: true, version: expect.any(String) });

    const wrong = await call(newTest.POST, "POST", "/api/v1/download-clients/test", {
      body: trInput({ name: "x", password: "nope" }),
    });
    expect(await wrong.json()).toMatchObject({ ok: false, kind: "auth", field: "password" });

    const updated = await call(item.PUT, "PUT", `/api/v1/download-clients/${body.id}`, {
      body: { enabled: false, priority: 3 },
      params: { id: body.id },
    });
    expect(await updated.json()).toMatchObject({ enabled: false, priority: 3 });

    const invalid = await call(item.PUT, "PUT", `/api/v1/download-clients/${body.id}`, {
      body: { port: 70000 },
      params: { id: body.id },
    });
    expect(invalid.status).toBe(400);

    const forbidden = await call(collection.GET, "GET", "/api/v1/download-clients", { key: readonlyKey });
    expect(forbidden.status).toBe(403);

    const deleted = await call(item.DELETE, "DELETE", `/api/v1/download-clients/${body.id}`, {
      params: { id: body.id },
    });
    expect(await deleted.json()).toEqual({ deleted: true });
    expect(
      (await call(item.GET, "GET", `/api/v1/download-clients/${body.id}`, { params: { id: body.id } })).status,
    ).toBe(404);
  });
});
