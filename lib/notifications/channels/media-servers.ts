import path from "node:path";
import { z } from "zod";
import { HttpStatusError, createHttpClient } from "@/lib/http";
import type { OutboundMessage } from "../message";
import { CHANNEL_TIMEOUT_MS } from "./http-post";
import type { ChannelSender, SendableChannel } from "./sender";

/**
 * Library refresh after an import, through each media server's HTTP API:
 * - Jellyfin and Emby: POST /Library/Media/Updated {Updates: [{Path, UpdateType: "Created"}]} with X-Emby-Token
 *   (the path-based scan their *arr "Update library" uses); Test reads /System/Info.
 * - Plex: GET /library/sections (JSON) to find the section whose Location holds the folder, then
 *   GET /library/sections/{key}/refresh?path=<folder> (a partial scan); Test reads /identity.
 * Other messages are not for media servers and are skipped.
 */
type MediaServerKind = "jellyfin" | "emby" | "plex";

const base = (serverUrl: string, prefix = "") => `${serverUrl.replace(/\/+$/, "")}${prefix}`;

/** The folders an import touched, as the media server sees them. */
export function changedFolders(
  files: readonly string[],
  settings: { mydiaPrefix: string; serverPrefix: string },
): string[] {
  const folders = new Set(
    files
      .filter((f) => path.posix.isAbsolute(f))
      .map((f) => {
        const folder = path.posix.dirname(f);
        return settings.mydiaPrefix && folder.startsWith(settings.mydiaPrefix)
          ? `${settings.serverPrefix}${folder.slice(settings.mydiaPrefix.length)}`
          : folder;
      }),
  );
  return [...folders];
}

const systemInfo = z.object({ ServerName: z.string().optional(), Version: z.string() }).passthrough();

function embyFamily(kind: "jellyfin" | "emby", service: string): ChannelSender<MediaServerKind> {
  const prefix = kind === "emby" ? "/emby" : "";
  return async ({ settings, secrets }: SendableChannel<MediaServerKind>, message: OutboundMessage, signal) => {
    const client = createHttpClient({
      service,
      baseUrl: `${base(settings.serverUrl, prefix)}/`,
      timeoutMs: CHANNEL_TIMEOUT_MS,
      retries: 0,
      headers: { "x-emby-token": secrets.apiKey ?? "" },
    });
    if (message.kind === "test") {
      await client.getJson("System/Info", systemInfo, { signal });
      return;
    }
    if (message.kind !== "download.imported") return;
    const folders = changedFolders(message.subject.files, settings);
    if (folders.length === 0) return;
    await client.call("Library/Media/Updated", (ky) =>
      ky
        .post("Library/Media/Updated", {
          json: { Updates: folders.map((Path) => ({ Path, UpdateType: "Created" })) },
          signal,
        })
        .then((r) => r.arrayBuffer()),
    );
  };
}

export const sendJellyfin = embyFamily("jellyfin", "Jellyfin");
export const sendEmby = embyFamily("emby", "Emby");

const plexIdentity = z.object({ MediaContainer: z.object({ machineIdentifier: z.string() }).passthrough() });
const plexSections = z.object({
  MediaContainer: z.object({
    Directory: z
      .array(
        z.object({ key: z.string(), title: z.string(), Location: z.array(z.object({ path: z.string() })).default([]) }),
      )
      .default([]),
  }),
});

const within = (folder: string, root: string) => folder === root || folder.startsWith(`${root.replace(/\/+$/, "")}/`);

export const sendPlex: ChannelSender<MediaServerKind> = async ({ settings, secrets }, message, signal) => {
  const client = createHttpClient({
    service: "Plex",
    baseUrl: `${base(settings.serverUrl)}/`,
    timeoutMs: CHANNEL_TIMEOUT_MS,
    retries: 0,
    headers: { "x-plex-token": secrets.token ?? "" },
  });
  if (message.kind === "test") {
    await client.getJson("identity", plexIdentity, { signal });
    return;
  }
  if (message.kind !== "download.imported") return;
  const folders = changedFolders(message.subject.files, settings);
  if (folders.length === 0) return;
  const sections = (await client.getJson("library/sections", plexSections, { signal })).MediaContainer.Directory;
  for (const folder of folders) {
    const section = sections.find((s) => s.Location.some((l) => within(folder, l.path)));
    if (!section)
      throw new HttpStatusError(
        "Plex",
        settings.serverUrl,
        404,
        `no Plex library holds ${folder}: check the path prefixes`,
      );
    await client.call("library/sections/refresh", (ky) =>
      ky
        .get(`library/sections/${encodeURIComponent(section.key)}/refresh`, { searchParams: { path: folder }, signal })
        .then((r) => r.arrayBuffer()),
    );
  }
};
