import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFirstAdmin, type Actor } from "@/lib/accounts";
import { publish } from "@/lib/events";
import { dispatchPendingEvents, notificationsSendHandler, saveChannel, testChannel } from "@/lib/notifications";

/**
 * A local server answering as Jellyfin/Emby (/System/Info, POST /Library/Media/Updated → 204) and Plex
 * (/identity, /library/sections as JSON, /library/sections/{key}/refresh?path=…) do, checking the token.
 */
async function startMediaServer() {
  const calls: { method: string; url: string; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = req.url ?? "";
      calls.push({ method: req.method ?? "", url, body: Buffer.concat(chunks).toString("utf8") });
      const json = (status: number, body: unknown) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      const embyToken = req.headers["x-emby-token"];
      const plexToken = req.headers["x-plex-token"];
      if (/^\/(emby\/)?System\/Info$/.test(url))
        return embyToken === "jf-key"
          ? json(200, { ServerName: "living-room", Version: "10.10.7", Id: "f00d" })
          : res.writeHead(401).end();
      if (/^\/(emby\/)?Library\/Media\/Updated$/.test(url) && req.method === "POST")
        return embyToken === "jf-key" ? res.writeHead(204).end() : res.writeHead(401).end();
      if (plexToken !== "plex-token") return res.writeHead(401).end("<html>401 Unauthorized</html>");
      if (url === "/identity")
        return json(200, {
          MediaContainer: { size: 0, claimed: true, machineIdentifier: "abc123", version: "1.41.3" },
        });
      if (url === "/library/sections")
        return json(200, {
          MediaContainer: {
            size: 2,
            Directory: [
              { key: "1", type: "movie", title: "Movies", Location: [{ id: 1, path: "/media/movies" }] },
              { key: "2", type: "show", title: "TV Shows", Location: [{ id: 2, path: "/media/tv" }] },
            ],
          },
        });
      if (url.startsWith("/library/sections/") && url.includes("/refresh")) return res.writeHead(200).end();
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("media-server refresh after an import (Jellyfin, Emby, Plex)", () => {
  let admin: Actor;
  let media: Awaited<ReturnType<typeof startMediaServer>>;
  const job = (deliveryId: string) => ({
    id: deliveryId,
    queue: "notifications.send",
    data: { deliveryId },
    attempt: 1,
    signal: new AbortController().signal,
  });

  beforeAll(async () => {
    const user = await createFirstAdmin({ username: "admin", password: "correct horse battery" });
    admin = { kind: "user", userId: user.id, username: user.username, role: user.role, via: "session" };
    media = await startMediaServer();
    await dispatchPendingEvents();
  });
  afterAll(() => media?.stop());

  const channel = (kind: "jellyfin" | "emby" | "plex", secret: string) => ({
    scope: "admin" as const,
    name: kind,
    kind,
    events: ["download.imported" as const],
    settings: { serverUrl: media.url, mydiaPrefix: "/data/library", serverPrefix: "/media" },
    secrets: { [kind === "plex" ? "token" : "apiKey"]: secret } as Record<string, string>,
  });

  it("Test reaches each server, and a wrong key is reported with its status", async () => {
    expect(await testChannel(admin, channel("jellyfin", "jf-key"))).toEqual({ ok: true });
    expect(await testChannel(admin, channel("emby", "jf-key"))).toEqual({ ok: true });
    expect(await testChannel(admin, channel("plex", "plex-token"))).toEqual({ ok: true });
    expect(await testChannel(admin, channel("jellyfin", "wrong"))).toEqual({
      ok: false,
      message: "Jellyfin answered HTTP 401 (credentials refused)",
    });
    expect(await testChannel(admin, channel("plex", "wrong"))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Plex answered HTTP 401/),
    });
    expect(media.calls.map((c) => c.url)).toEqual(
      expect.arrayContaining(["/System/Info", "/emby/System/Info", "/identity"]),
    );
  });

  it("an import refreshes the changed folder on each server, the path mapped to the server's view", async () => {
    for (const kind of ["jellyfin", "emby"] as const) await saveChannel(admin, channel(kind, "jf-key"));
    await saveChannel(admin, channel("plex", "plex-token"));
    const before = media.calls.length;
    await publish("download.imported", {
      downloadId: "d1",
      title: "Fight.Club.1999.1080p.BluRay-GRP",
      files: ["/data/library/movies/Fight Club (1999)/Fight Club (1999).mkv"],
      movieId: null,
      seriesId: null,
    });
    const { deliveryIds } = await dispatchPendingEvents();
    expect(deliveryIds).toHaveLength(3);
    for (const id of deliveryIds) await notificationsSendHandler(job(id));
    const calls = media.calls.slice(before);
    const folder = "/media/movies/Fight Club (1999)";
    const updates = calls.filter((c) => c.url.endsWith("/Library/Media/Updated"));
    expect(updates.map((c) => c.url).sort()).toEqual(["/Library/Media/Updated", "/emby/Library/Media/Updated"]);
    for (const u of updates) expect(JSON.parse(u.body)).toEqual({ Updates: [{ Path: folder, UpdateType: "Created" }] });
    const refresh = calls.find((c) => c.url.startsWith("/library/sections/1/refresh"));
    expect(refresh && new URL(refresh.url, media.url).searchParams.get("path")).toBe(folder);
  });
});
