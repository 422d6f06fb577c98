import { z } from "zod";
import type { CreateDownloadClientInput } from "@/lib/downloads";
import type { ArrApp } from "./arr-peer";
import type { ArrDownloadClient } from "./arr-resources.schema";

/** The *arr implementations Mydia has an adapter for. */
const KINDS: Record<string, CreateDownloadClientInput["kind"]> = {
  qbittorrent: "qbittorrent",
  transmission: "transmission",
  sabnzbd: "sabnzbd",
  nzbget: "nzbget",
};

const settings = z.object({
  host: z.string().trim().min(1),
  port: z.coerce.number().int().min(1).max(65_535).nullish(),
  useSsl: z.boolean().nullish(),
  urlBase: z.string().nullish(),
  username: z.string().nullish(),
  password: z.string().nullish(),
  apiKey: z.string().nullish(),
  movieCategory: z.string().nullish(),
  tvCategory: z.string().nullish(),
});

/** A secret the *arr app shows as stars is not the secret. */
const entered = (value: string | null | undefined) => (value && !/^\*+$/.test(value) ? value : undefined);

/** Radarr's or Sonarr's DownloadClientResource as Mydia's client input, or why it cannot be one. */
export function downloadClientInputOf(
  app: ArrApp,
  client: ArrDownloadClient,
): { input: CreateDownloadClientInput; note?: string } | { problem: string } {
  const kind = KINDS[client.implementation.toLowerCase()];
  if (!kind)
    return {
      problem: `Mydia has no ${client.implementation} client (it takes qBittorrent, Transmission, SABnzbd and NZBGet)`,
    };
  const parsed = settings.safeParse(Object.fromEntries(client.fields.map((f) => [f.name, f.value])));
  if (!parsed.success)
    return {
      problem: `its settings cannot be read (${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message})`,
    };
  const s = parsed.data;
  const password = entered(s.password);
  const apiKey = entered(s.apiKey);
  const missingSecret = (s.password && !password) || (s.apiKey && !apiKey);
  const category = app === "radarr" ? s.movieCategory : s.tvCategory;
  return {
    input: {
      kind,
      name: client.name,
      enabled: client.enable,
      host: s.host,
      ...(s.port ? { port: s.port } : {}),
      useTls: s.useSsl ?? false,
      ...(s.urlBase ? { urlBase: s.urlBase } : {}),
      username: s.username || null,
      ...(password ? { password } : {}),
      ...(apiKey ? { apiKey } : {}),
      ...(category ? (app === "radarr" ? { movieCategory: category } : { tvCategory: category }) : {}),
      priority: Math.min(50, Math.max(1, client.priority ?? 1)),
      removeCompleted: client.removeCompletedDownloads ?? true,
      removeFailed: client.removeFailedDownloads ?? true,
    },
    ...(missingSecret ? { note: "its password or API key was not sent: enter it in Settings → Download clients" } : {}),
  };
}
