import { describe, expect, it } from "vitest";
import {
  changeOwnPassword,
  changeRole,
  createApiKey,
  createFirstAdmin,
  createUser,
  deleteUser,
  endSession,
  resolveCredential,
  revokeApiKey,
  startSession,
  type Actor,
  type Credential,
  type Role,
} from "@/lib/accounts";
import { createEventStream, publish, type MydiaEvent } from "@/lib/events";

const dialect = process.env.MYDIA_TEST_DIALECT ?? "sqlite";
const asActor = (u: { id: string; username: string }, role: Role): Actor => ({
  kind: "user",
  userId: u.id,
  username: u.username,
  role,
  via: "session",
});

/** Opens /api/events' stream the way the route does: for a credential, re-checked every 100 ms. */
async function openStream(credential: Credential, lastEventId: number | null = null) {
  const actor = await resolveCredential(credential);
  if (!actor) throw new Error("credential does not resolve");
  const controller = new AbortController();
  const stream = createEventStream({
    lastEventId,
    signal: controller.signal,
    reader: {
      role: actor.role,
      userId: actor.kind === "user" ? actor.userId : null,
      recheck: async () => (await resolveCredential(credential))?.role ?? null,
    },
    recheckMs: 100,
  });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let closed = false;
  const events: MydiaEvent[] = [];
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value);
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const data = buffer
          .slice(0, end)
          .split("\n")
          .find((line) => line.startsWith("data: "));
        buffer = buffer.slice(end + 2);
        if (data) events.push(JSON.parse(data.slice(6)) as MydiaEvent);
      }
    }
    closed = true;
  })();
  return { events, isClosed: () => closed, close: () => controller.abort(), pump };
}

async function expectClosedWithin(stream: { isClosed: () => boolean }, ms: number) {
  await expect.poll(stream.isClosed, { timeout: ms, interval: 50 }).toBe(true);
}

describe(`/api/events: who may read what, and for how long (${dialect})`, () => {
  let admin: Actor;

  it("a readonly reader gets no user.* events, in replay or live; an admin does", async () => {
    const root = await createFirstAdmin({ username: "root", password: "root password 1" });
    admin = asActor(root, "admin");
    const rita = await createUser(admin, { username: "rita", password: "rita password", role: "readonly" });
    const rex = await createUser(admin, { username: "rex", password: "rex password", role: "requester" });
    const readonly = await openStream(
      { kind: "api-key", key: (await createApiKey(asActor(rita, "readonly"), "r")).key },
      0,
    );
    const requester = await openStream(
      { kind: "api-key", key: (await createApiKey(asActor(rex, "requester"), "q")).key },
      0,
    );
    const root2 = await openStream({ kind: "api-key", key: (await createApiKey(admin, "a")).key }, 0);
    await createUser(admin, { username: "live", password: "live password", role: "user" });
    await publish("catalog.movie.added", { id: "m1", title: "Heat" });
    await publish("download.progress", {
      items: [
        {
          downloadId: "d1",
          title: "Heat",
          status: "downloading",
          progress: 0.5,
          error: null,
          sizeBytes: null,
          remainingBytes: null,
          downloadSpeed: null,
          etaSeconds: null,
        },
      ],
    });
    await publish("indexer.failed", { indexerId: "i1", kind: "auth", message: "HTTP 401", disabledUntil: null });
    await expect.poll(() => root2.events.map((e) => e.type)).toContain("indexer.failed");
    await expect.poll(() => readonly.events.map((e) => e.type)).toContain("download.progress");
    await expect.poll(() => requester.events.map((e) => e.type)).toContain("catalog.movie.added");
    // The admin sees every account being created (replayed and live)...
    expect(root2.events.filter((e) => e.type === "user.created").map((e) => e.payload.username)).toEqual(
      expect.arrayContaining(["root", "rita", "rex", "live"]),
    );
    // ...a readonly reader sees the catalog and the queue as its API does, never accounts or indexers...
    expect(readonly.events.map((e) => e.type)).toEqual(["catalog.movie.added", "download.progress"]);
    // ...and a requester only the catalog.
    expect(requester.events.map((e) => e.type)).toEqual(["catalog.movie.added"]);
    for (const s of [readonly, requester, root2]) s.close();
  });

  it("sends an addressed event only to its audience: requests also to admins, notifications to no one else", async () => {
    const ann = await createUser(admin, { username: "ann", password: "ann password", role: "requester" });
    const bob = await createUser(admin, { username: "bob", password: "bob password", role: "user" });
    const open = async (u: { id: string; username: string }, role: Role) =>
      openStream({ kind: "api-key", key: (await createApiKey(asActor(u, role), "k")).key });
    const [annStream, bobStream, adminStream] = [
      await open(ann, "requester"),
      await open(bob, "user"),
      await open({ id: admin.kind === "user" ? admin.userId : "", username: "root" }, "admin"),
    ];
    await publish("request.created", { requestId: "r1", title: "Heat", audience: [ann.id] });
    await publish("request.updated", { requestId: "r2", title: "Ronin", status: "approved", audience: [bob.id] });
    await publish("notification.created", { notificationId: "n1", title: "Heat is available", audience: [ann.id] });
    await publish("catalog.movie.added", { id: "m9", title: "Done" });
    for (const s of [annStream, bobStream, adminStream])
      await expect.poll(() => s.events.map((e) => e.type)).toContain("catalog.movie.added");
    const seen = (s: typeof annStream) => s.events.filter((e) => e.type !== "user.created").map((e) => e.type);
    expect(seen(annStream)).toEqual(["request.created", "notification.created", "catalog.movie.added"]);
    expect(seen(bobStream)).toEqual(["request.updated", "catalog.movie.added"]);
    expect(seen(adminStream)).toEqual(["request.created", "request.updated", "catalog.movie.added"]);
    for (const s of [annStream, bobStream, adminStream]) s.close();
  });

  it("closes a stream when its API key is revoked", async () => {
    const { key, summary } = await createApiKey(admin, "to revoke");
    const stream = await openStream({ kind: "api-key", key });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.isClosed()).toBe(false);
    await revokeApiKey(admin, summary.id);
    await expectClosedWithin(stream, 2000);
  });

  it("closes a stream when its user is deleted", async () => {
    const doomed = await createUser(admin, { username: "doomed", password: "doomed password", role: "user" });
    const { key } = await createApiKey(asActor(doomed, "user"), "k");
    const byKey = await openStream({ kind: "api-key", key });
    const bySession = await openStream({
      kind: "session",
      userId: doomed.id,
      tokenVersion: 0,
      sessionId: await startSession(doomed.id),
    });
    await deleteUser(admin, doomed.id);
    await expectClosedWithin(byKey, 2000);
    await expectClosedWithin(bySession, 2000);
  });

  it("closes a stream when the role changes (key or session) or the password changes (session)", async () => {
    const uma = await createUser(admin, { username: "uma", password: "uma password", role: "user" });
    const byKey = await openStream({ kind: "api-key", key: (await createApiKey(asActor(uma, "user"), "k")).key });
    const bySession = await openStream({
      kind: "session",
      userId: uma.id,
      tokenVersion: 0,
      sessionId: await startSession(uma.id),
    });
    await changeRole(admin, uma.id, "readonly");
    await expectClosedWithin(byKey, 2000);
    await expectClosedWithin(bySession, 2000);

    const session = {
      kind: "session" as const,
      userId: uma.id,
      tokenVersion: 1,
      sessionId: await startSession(uma.id),
    };
    const again = await openStream(session);
    await changeOwnPassword(asActor(uma, "readonly"), {
      currentPassword: "uma password",
      newPassword: "uma new password",
    });
    await expectClosedWithin(again, 2000);
  });

  it("closes a stream when its session is signed out", async () => {
    const sessionId = await startSession((admin as { userId: string }).userId);
    const stream = await openStream({
      kind: "session",
      userId: (admin as { userId: string }).userId,
      tokenVersion: 0,
      sessionId,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.isClosed()).toBe(false);
    await endSession(sessionId);
    await expectClosedWithin(stream, 2000);
  });
});
