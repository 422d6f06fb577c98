import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFirstAdmin, createUserAsOperator, type Actor, type UserSummary } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import { publish } from "@/lib/events";
import {
  dispatchPendingEvents,
  isPushSubscribed,
  notificationsPushHandler,
  pushPublicKey,
  subscribePush,
  testPush,
  unsubscribePush,
} from "@/lib/notifications";
import { startPushEndpoint } from "./push-endpoint";

const actorOf = (u: UserSummary): Actor => ({
  kind: "user",
  userId: u.id,
  username: u.username,
  role: u.role,
  via: "session",
});

describe("web push to opted-in devices", () => {
  let admin: Actor;
  let kid: Actor;
  let endpoint: Awaited<ReturnType<typeof startPushEndpoint>>;

  beforeAll(async () => {
    admin = actorOf(await createFirstAdmin({ username: "admin", password: "correct horse battery" }));
    kid = actorOf(
      await createUserAsOperator({ username: "kid", password: "correct horse battery", role: "requester" }),
    );
    endpoint = await startPushEndpoint();
    await dispatchPendingEvents();
  });
  afterAll(() => endpoint?.stop());

  it("generates the VAPID key pair once and keeps it", async () => {
    const [a, b] = await Promise.all([pushPublicKey(admin), pushPublicKey(kid)]);
    expect(a).toBe(b);
    expect(Buffer.from(a, "base64url")).toHaveLength(65);
    const rows = await db().select().from(tables.vapidKeys);
    expect(rows).toHaveLength(1);
    // The private key is stored encrypted, never as generated.
    expect(rows[0].privateKey).not.toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("a notification reaches the device: VAPID-signed, encrypted, decrypted by the device's keys", async () => {
    await subscribePush(admin, { ...endpoint.subscription("admin-phone"), label: "Admin's phone" });
    expect(await isPushSubscribed(admin, { endpoint: endpoint.subscription("admin-phone").endpoint })).toBe(true);
    const kidId = kid.kind === "user" ? kid.userId : "";
    await publish("request.created", { requestId: "r1", title: "Game of Thrones", audience: [kidId] });
    const { pushes } = await dispatchPendingEvents();
    expect(pushes).toHaveLength(1);

    endpoint.answerNext(500);
    const job = (attempt: number) => ({
      id: `push-${attempt}`,
      queue: "notifications.push",
      data: pushes[0],
      attempt,
      signal: new AbortController().signal,
    });
    await expect(notificationsPushHandler(job(1))).rejects.toThrow(/Push service answered HTTP 500/);
    await notificationsPushHandler(job(2));
    expect(endpoint.received).toHaveLength(2);
    const got = endpoint.received[1];
    expect(got.payload).toMatchObject({
      title: "New request: Game of Thrones",
      url: expect.stringMatching(/\/requests$/),
    });
    expect(got.jwt).toMatchObject({ aud: endpoint.origin, sub: expect.stringMatching(/^(mailto:|https:)/) });
    expect(got.jwt.publicKey).toBe(await pushPublicKey(admin));
    expect(Number(got.headers.ttl)).toBeGreaterThan(0);
  });

  it("Test reports the push service's answer; a gone subscription (410) is removed", async () => {
    const sub = endpoint.subscription("admin-phone");
    expect(await testPush(admin, { endpoint: sub.endpoint })).toEqual({ ok: true });
    endpoint.answerNext(403);
    expect(await testPush(admin, { endpoint: sub.endpoint })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/HTTP 403/),
    });

    const kidId = kid.kind === "user" ? kid.userId : "";
    await publish("download.failed", {
      downloadId: "d1",
      title: "X",
      reason: "no files",
      movieId: null,
      seriesId: null,
      episodeIds: [],
    });
    const { pushes } = await dispatchPendingEvents();
    endpoint.answerNext(410);
    await notificationsPushHandler({
      id: "j",
      queue: "notifications.push",
      data: pushes[0],
      attempt: 1,
      signal: new AbortController().signal,
    });
    expect(await isPushSubscribed(admin, { endpoint: sub.endpoint })).toBe(false);
    expect(kidId).not.toBe("");
  });

  it("unsubscribing stops pushes to that device only", async () => {
    await subscribePush(kid, { ...endpoint.subscription("kid-tablet"), label: "Tablet" });
    await unsubscribePush(kid, { endpoint: endpoint.subscription("kid-tablet").endpoint });
    const kidId = kid.kind === "user" ? kid.userId : "";
    await publish("request.updated", {
      requestId: "r1",
      title: "Game of Thrones",
      status: "approved",
      audience: [kidId],
    });
    expect((await dispatchPendingEvents()).pushes).toEqual([]);
  });
});
