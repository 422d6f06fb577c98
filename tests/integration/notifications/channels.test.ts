import { mkdirSync, mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFirstAdmin, createUserAsOperator, type Actor, type UserSummary } from "@/lib/accounts";
import { publish } from "@/lib/events";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { queues } from "@/lib/jobs";
import type { FakeTmdb } from "../../helpers/fake-tmdb";
import { useFakeTmdb } from "../catalog/helpers";
import { radarrDownload, radarrGrab, radarrTest, sonarrGrab, sonarrTest } from "./arr-webhook-shapes";
import { startReceiver } from "./receiver";

const actorOf = (u: UserSummary): Actor => ({
  kind: "user",
  userId: u.id,
  username: u.username,
  role: u.role,
  via: "session",
});

const job = (deliveryId: string, attempt = 1) => ({
  id: `job-${deliveryId}-${attempt}`,
  queue: "notifications.send",
  data: { deliveryId },
  attempt,
  signal: new AbortController().signal,
});

describe("notification channels: *arr-shaped webhooks, email, Discord, ntfy, Gotify; retries and precise errors", () => {
  let fake: FakeTmdb;
  let n: typeof import("@/lib/notifications");
  let admin: Actor;
  let kid: Actor;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let seriesId = "";
  let episodeId = "";
  let movieId = "";

  beforeAll(async () => {
    fake = await useFakeTmdb();
    const root = mkdtempSync(path.join(tmpdir(), "mydia-notify-"));
    mkdirSync(path.join(root, "movies"));
    mkdirSync(path.join(root, "tv"));
    process.env.LIBRARY_ALLOWED_ROOTS = root;
    (await import("@/lib/config")).resetConfigForTests();
    n = await import("@/lib/notifications");
    admin = actorOf(await createFirstAdmin({ username: "admin", password: "correct horse battery" }));
    kid = actorOf(
      await createUserAsOperator({ username: "kid", password: "correct horse battery", role: "requester" }),
    );
    const library = await import("@/lib/library");
    const catalog = await import("@/lib/catalog");
    await library.createLibrary(admin, { name: "Movies", kind: "movie", path: path.join(root, "movies") });
    await library.createLibrary(admin, { name: "TV", kind: "tv", path: path.join(root, "tv") });
    movieId = (await catalog.addMovie(admin, { tmdbId: 550, monitored: false }, library.resolveLibrary)).id;
    seriesId = (await catalog.addSeries(admin, { tmdbId: 1399, monitor: "none" }, library.resolveLibrary)).id;
    const detail = await catalog.getSeriesDetail(admin, seriesId);
    episodeId = detail.seasons.find((s) => s.seasonNumber === 1)!.episodes[0].id;
    receiver = await startReceiver();
    await n.dispatchPendingEvents();
  });
  afterAll(async () => {
    await receiver?.stop();
    await fake?.stop();
  });

  const webhook = (events: string[], extra: Record<string, unknown> = {}) =>
    n.saveChannel(admin, {
      scope: "admin",
      name: "Receiver",
      kind: "webhook",
      events: events as never,
      settings: { url: `${receiver.url}/hook`, ...extra },
    });

  it("sends Sonarr's Grab body for episodes and Radarr's for a movie; a failing receiver is retried and the failure shown", async () => {
    const channel = await webhook(["download.grabbed", "download.imported"]);
    await publish("download.grabbed", {
      downloadId: "d1",
      title: "Game.of.Thrones.S01E01.1080p.WEB-DL-GRP",
      clientName: "qBittorrent",
      movieId: null,
      seriesId,
      episodeIds: [episodeId],
    });
    await publish("download.grabbed", {
      downloadId: "d2",
      title: "Fight.Club.1999.1080p.BluRay-GRP",
      clientName: "SABnzbd",
      movieId,
      seriesId: null,
      episodeIds: [],
    });
    const { deliveryIds: deliveries } = await n.dispatchPendingEvents();
    expect(deliveries).toHaveLength(2);
    // Dispatching again finds nothing new.
    expect((await n.dispatchPendingEvents()).deliveryIds).toEqual([]);

    receiver.answerNext(500);
    const before = receiver.received.length;
    await expect(n.notificationsSendHandler(job(deliveries[0]))).rejects.toThrow(/HTTP 500/);
    let [view] = await n.listChannels(admin, "admin");
    expect(view.recent[0]).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: expect.stringMatching(/HTTP 500/),
    });

    await n.notificationsSendHandler(job(deliveries[0], 2));
    await n.notificationsSendHandler(job(deliveries[1]));
    // A retry of a delivery already sent sends nothing.
    await n.notificationsSendHandler(job(deliveries[0], 3));
    expect(receiver.received.length - before).toBe(3);
    [view] = await n.listChannels(admin, "admin");
    expect(view.recent.map((r) => r.status).sort()).toEqual(["sent", "sent"]);

    const [failed, series, movie] = receiver.received.slice(before).map((r) => JSON.parse(r.body) as unknown);
    expect(failed).toEqual(series);
    const grab = sonarrGrab.parse(series);
    expect(grab.series).toMatchObject({ title: "Game of Thrones", tvdbId: 121361, imdbId: "tt0944947" });
    expect(grab.episodes).toEqual([
      { id: expect.any(Number), seasonNumber: 1, episodeNumber: 1, title: "Winter Is Coming" },
    ]);
    expect(grab).toMatchObject({ downloadClient: "qBittorrent", downloadId: "d1" });
    const radarr = radarrGrab.parse(movie);
    expect(radarr.movie).toMatchObject({ title: "Fight Club", year: 1999, tmdbId: 550 });

    // The send queue retries with back-off.
    expect(queues["notifications.send"].options).toMatchObject({ retryLimit: 5, retryBackoff: true });
    await n.deleteChannel(admin, { id: channel.id, scope: "admin" });
  });

  it("an import reaches the webhook as Radarr's Download body", async () => {
    const channel = await webhook(["download.imported"]);
    await publish("download.imported", {
      downloadId: "d2",
      title: "Fight.Club.1999.1080p.BluRay-GRP",
      files: ["/movies/Fight Club (1999)/Fight Club (1999).mkv"],
      movieId,
      seriesId: null,
    });
    const [id] = (await n.dispatchPendingEvents()).deliveryIds;
    const before = receiver.received.length;
    await n.notificationsSendHandler(job(id));
    const body = radarrDownload.parse(JSON.parse(receiver.received[before].body));
    expect(body.movieFile).toEqual({
      relativePath: "Fight Club (1999).mkv",
      path: "/movies/Fight Club (1999)/Fight Club (1999).mkv",
    });
    await n.deleteChannel(admin, { id: channel.id, scope: "admin" });
  });

  it("the Test body is what Sonarr and Radarr send on Test, with basic auth when a user name is set", async () => {
    const before = receiver.received.length;
    const result = await n.testChannel(admin, {
      scope: "admin",
      name: "Receiver",
      kind: "webhook",
      events: [],
      settings: { url: `${receiver.url}/hook`, username: "hook" },
      secrets: { password: "s3cret" },
    });
    expect(result).toEqual({ ok: true });
    const got = receiver.received[before];
    const body = JSON.parse(got.body) as unknown;
    sonarrTest.parse(body);
    radarrTest.parse(body);
    expect(got.headers.authorization).toBe(`Basic ${Buffer.from("hook:s3cret").toString("base64")}`);
  });

  it("Test says precisely why a receiver failed: refused connection, HTTP status, DNS, timeout", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const test = (url: string) =>
      n.testChannel(admin, { scope: "admin", name: "x", kind: "webhook", events: [], settings: { url } });

    expect(await test(`http://127.0.0.1:${closedPort}/hook`)).toEqual({
      ok: false,
      message: `Webhook at http://127.0.0.1:${closedPort} did not answer: the connection was refused (nothing listens on that port)`,
    });
    receiver.answerNext(404);
    expect(await test(`${receiver.url}/missing`)).toEqual({
      ok: false,
      message: "Webhook answered HTTP 404: receiver is down",
    });
    receiver.answerNext(401);
    expect(await test(`${receiver.url}/hook`)).toMatchObject({ ok: false, message: expect.stringMatching(/HTTP 401/) });
    expect(await test("http://no-such-host.invalid/hook")).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /no-such-host\.invalid did not answer: the host name (does not resolve|could not be looked up)/,
      ),
    });

    // A receiver that accepts the connection and never answers: the call gives up at its timeout.
    const silent: Server = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { postJson } = await import("@/lib/notifications/channels/http-post");
    const { describeFailure } = await import("@/lib/notifications/channels/describe-failure");
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/hook`;
    const error = await postJson("Webhook", url, {}, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(describeFailure(error)).toMatch(/did not answer: it did not answer in time/);
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it("email reaches a local SMTP server; a wrong port fails with the connection error", async () => {
    const mails: { from: string; to: string[]; data: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onAuth(auth, _session, callback) {
        if (auth.username === "mydia" && auth.password === "mail-pass") callback(null, { user: "mydia" });
        else callback(new Error("Invalid username or password"));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            data: Buffer.concat(chunks).toString("utf8"),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    try {
      const email = (over: Record<string, unknown> = {}, secrets: Record<string, string> = {}) => ({
        scope: "admin" as const,
        name: "Mail",
        kind: "email" as const,
        events: ["request.created" as const],
        settings: {
          host: "127.0.0.1",
          port,
          secure: false,
          username: "mydia",
          from: "mydia@home.test",
          to: "me@home.test",
          ...over,
        },
        secrets,
      });
      expect(await n.testChannel(admin, email({}, { password: "wrong" }))).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^SMTP server 127\.0\.0\.1:\d+: it refused the user name or password/),
      });
      const saved = await n.saveChannel(admin, email({}, { password: "mail-pass" }));
      expect(saved.savedSecrets).toEqual(["password"]);
      expect(JSON.stringify(await n.listChannels(admin, "admin"))).not.toContain("mail-pass");
      // Test with the form as it is, the saved password filled in.
      expect(await n.testChannel(admin, { ...email(), id: saved.id })).toEqual({ ok: true });
      expect(mails[0]).toMatchObject({ from: "mydia@home.test", to: ["me@home.test"] });
      expect(mails[0].data).toContain("Subject: Mydia test notification");

      const kidId = kid.kind === "user" ? kid.userId : "";
      await publish("request.created", { requestId: "r9", title: "Severance", audience: [kidId] });
      const [id] = (await n.dispatchPendingEvents()).deliveryIds;
      await n.notificationsSendHandler(job(id));
      expect(mails[1].data).toContain("Subject: New request: Severance");

      const refused = await n.testChannel(admin, email({ port: 1, username: "" }));
      expect(refused).toMatchObject({
        ok: false,
        message: expect.stringMatching(/SMTP server 127\.0\.0\.1:1: the connection failed/),
      });
      await n.deleteChannel(admin, { id: saved.id, scope: "admin" });
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it("Discord, ntfy and Gotify get their own request shapes and credentials", async () => {
    const before = receiver.received.length;
    const base = { scope: "admin" as const, name: "x", events: [] };
    expect(
      await n.testChannel(admin, {
        ...base,
        kind: "discord",
        settings: {},
        secrets: { webhookUrl: `${receiver.url}/api/webhooks/1/tok` },
      }),
    ).toEqual({ ok: true });
    expect(
      await n.testChannel(admin, {
        ...base,
        kind: "ntfy",
        settings: { serverUrl: receiver.url, topic: "mydia" },
        secrets: { token: "tk_1" },
      }),
    ).toEqual({ ok: true });
    expect(
      await n.testChannel(admin, {
        ...base,
        kind: "gotify",
        settings: { serverUrl: `${receiver.url}/gotify` },
        secrets: { token: "AppTok" },
      }),
    ).toEqual({ ok: true });
    const [discord, ntfy, gotify] = receiver.received.slice(before);
    expect(discord.path).toBe("/api/webhooks/1/tok");
    expect(JSON.parse(discord.body)).toMatchObject({ embeds: [{ title: "Mydia test notification" }] });
    expect(ntfy.headers.authorization).toBe("Bearer tk_1");
    expect(JSON.parse(ntfy.body)).toMatchObject({ topic: "mydia", title: "Mydia test notification" });
    expect(gotify.path).toBe("/gotify/message");
    expect(gotify.headers["x-gotify-key"]).toBe("AppTok");
    expect(JSON.parse(gotify.body)).toMatchObject({ title: "Mydia test notification", priority: 5 });

    await expect(
      n.testChannel(admin, { ...base, kind: "gotify", settings: { serverUrl: receiver.url } }),
    ).rejects.toThrow(/application token/);
  });

  it("personal channels carry only the owner's request news; requesters cannot touch admin channels", async () => {
    await expect(
      n.saveChannel(kid, {
        scope: "admin",
        name: "x",
        kind: "discord",
        events: [],
        secrets: { webhookUrl: receiver.url },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      n.saveChannel(kid, {
        scope: "personal",
        name: "x",
        kind: "ntfy",
        events: ["download.grabbed"],
        settings: { topic: "kid" },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      n.saveChannel(kid, {
        scope: "personal",
        name: "x",
        kind: "plex",
        events: ["request.available"],
        settings: { serverUrl: receiver.url },
        secrets: { token: "t" },
      }),
    ).rejects.toThrow(/Media-server refreshes are set up by an admin/);
    const mine = await n.saveChannel(kid, {
      scope: "personal",
      name: "My phone",
      kind: "ntfy",
      events: ["request.available"],
      settings: { serverUrl: receiver.url, topic: "kid" },
    });
    const kidId = kid.kind === "user" ? kid.userId : "";
    await publish("request.updated", { requestId: "r9", title: "Severance", status: "available", audience: [kidId] });
    await publish("request.updated", {
      requestId: "r8",
      title: "Dune",
      status: "available",
      audience: ["someone-else"],
    });
    const ids = (await n.dispatchPendingEvents()).deliveryIds;
    expect(ids).toHaveLength(1);
    const before = receiver.received.length;
    await n.notificationsSendHandler(job(ids[0]));
    expect(JSON.parse(receiver.received[before].body)).toMatchObject({ topic: "kid", title: "Severance is available" });
    expect(await n.listChannels(admin, "admin")).toEqual([]);
    expect((await n.listChannels(kid, "personal")).map((c) => c.id)).toEqual([mine.id]);
  });
});
