import { beforeAll, describe, expect, it } from "vitest";
import { createFirstAdmin, createUserAsOperator, type Actor, type UserSummary } from "@/lib/accounts";
import { publish, readEventsAfter } from "@/lib/events";
import { dispatchPendingEvents, listNotifications, markNotificationsRead, unreadCount } from "@/lib/notifications";

const actorOf = (u: UserSummary): Actor => ({
  kind: "user",
  userId: u.id,
  username: u.username,
  role: u.role,
  via: "session",
});

describe("events become in-app notifications, once, for the right users", () => {
  let admin: Actor;
  let admin2: Actor;
  let requester: Actor;
  let other: Actor;

  beforeAll(async () => {
    admin = actorOf(await createFirstAdmin({ username: "admin", password: "correct horse battery" }));
    admin2 = actorOf(
      await createUserAsOperator({ username: "admin2", password: "correct horse battery", role: "admin" }),
    );
    requester = actorOf(
      await createUserAsOperator({ username: "kid", password: "correct horse battery", role: "requester" }),
    );
    other = actorOf(
      await createUserAsOperator({ username: "aunt", password: "correct horse battery", role: "requester" }),
    );
    // The first dispatch places the cursor after the events so far (user.created…): they notify nobody.
    await dispatchPendingEvents();
  });

  it("a new request reaches every admin once, even when two dispatchers race", async () => {
    const requesterId = requester.kind === "user" ? requester.userId : "";
    await publish("request.created", { requestId: "r1", title: "Game of Thrones", audience: [requesterId] });
    await Promise.all([dispatchPendingEvents(), dispatchPendingEvents(), dispatchPendingEvents()]);
    await dispatchPendingEvents();

    for (const a of [admin, admin2]) {
      const { items, unread } = await listNotifications(a);
      expect(items.map((n) => n.title)).toEqual(["New request: Game of Thrones"]);
      expect(unread).toBe(1);
    }
    expect((await listNotifications(requester)).items).toEqual([]);
    expect((await listNotifications(other)).items).toEqual([]);
  });

  it("approved, declined and available reach the requester (the event's audience) and no one else", async () => {
    const requesterId = requester.kind === "user" ? requester.userId : "";
    for (const status of ["approved", "searching", "available"])
      await publish("request.updated", { requestId: "r1", title: "Game of Thrones", status, audience: [requesterId] });
    await dispatchPendingEvents();
    const { items, unread } = await listNotifications(requester);
    // "searching" is progress, not news.
    expect(items.map((n) => n.kind).sort()).toEqual(["request.approved", "request.available"]);
    expect(unread).toBe(2);
    expect((await listNotifications(other)).items).toEqual([]);
    expect(await unreadCount(admin)).toBe(1);
  });

  it("grabbed, imported, failed and health problems reach admins only", async () => {
    const target = { movieId: null, seriesId: null, episodeIds: [] };
    await publish("download.grabbed", {
      downloadId: "d1",
      title: "Some.Release",
      clientName: "qBittorrent",
      ...target,
    });
    await publish("download.imported", {
      downloadId: "d1",
      title: "Some.Release",
      files: ["a.mkv"],
      movieId: null,
      seriesId: null,
    });
    await publish("download.failed", { downloadId: "d2", title: "Bad.Release", reason: "no video files", ...target });
    await publish("download.client.unreachable", { clientId: "c1", clientName: "SABnzbd", message: "refused" });
    await dispatchPendingEvents();
    expect((await listNotifications(admin)).items.map((n) => n.kind)).toEqual(
      expect.arrayContaining(["download.grabbed", "download.imported", "download.failed", "health.problem"]),
    );
    expect(await unreadCount(admin2)).toBe(5);
    expect((await listNotifications(requester)).items).toHaveLength(2);
  });

  it("each notification is announced to its user alone (notification.created with audience)", async () => {
    const events = await readEventsAfter(0, 1000);
    const created = events.filter((e) => e.type === "notification.created");
    const requesterId = requester.kind === "user" ? requester.userId : "";
    const forRequester = created.filter(
      (e) => e.type === "notification.created" && e.payload.audience.includes(requesterId),
    );
    expect(forRequester).toHaveLength(2);
    for (const e of created) if (e.type === "notification.created") expect(e.payload.audience).toHaveLength(1);
    // 2 admins × (1 request + 4 system events) + 2 for the requester.
    expect(created).toHaveLength(12);
  });

  it("mark read and mark all read change only the reader's own notifications", async () => {
    const { items } = await listNotifications(requester);
    const adminItems = (await listNotifications(admin)).items;
    // Someone else's id is ignored.
    expect(await markNotificationsRead(requester, { ids: [items[0].id, adminItems[0].id] })).toEqual({ changed: 1 });
    expect(await unreadCount(requester)).toBe(1);
    expect(await unreadCount(admin)).toBe(5);
    expect(await markNotificationsRead(requester, { ids: "all" })).toEqual({ changed: 1 });
    expect(await unreadCount(requester)).toBe(0);
    const events = await readEventsAfter(0, 1000);
    const read = events.filter((e) => e.type === "notification.read");
    expect(read).toHaveLength(2);
    for (const e of read)
      if (e.type === "notification.read")
        expect(e.payload.audience).toEqual([requester.kind === "user" ? requester.userId : ""]);
  });
});
