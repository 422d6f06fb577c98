import type { z } from "zod";
import { downloadClientDefinitions } from "@/lib/downloads/clients/definitions";
import type {
  CreateDownloadClientInput,
  DownloadClientKind,
  DownloadClientView,
  UpdateDownloadClientInput,
  createDownloadClientSchema,
} from "@/lib/downloads";

/** The form holds a create input (as the schema reads it); an edit sends the fields that may change. */
export type DownloadClientFormValues = CreateDownloadClientInput;
type Output = z.output<typeof createDownloadClientSchema>;

export function downloadClientFormDefaults(
  client?: DownloadClientView,
  kind: DownloadClientKind = "qbittorrent",
): DownloadClientFormValues {
  const definition = downloadClientDefinitions[client?.kind ?? kind];
  return {
    kind: definition.kind,
    name: client?.name ?? definition.label,
    enabled: client?.enabled ?? true,
    host: client?.host ?? "localhost",
    port: client?.port ?? definition.defaultPort,
    useTls: client?.useTls ?? false,
    urlBase: client?.urlBase ?? definition.defaultUrlBase,
    username: client?.username ?? null,
    password: "",
    apiKey: "",
    movieCategory: client ? client.movieCategory : definition.defaultCategory.movie,
    tvCategory: client ? client.tvCategory : definition.defaultCategory.tv,
    priority: client?.priority ?? 1,
    removeCompleted: client?.removeCompleted ?? true,
    stalledAfterMinutes: client?.stalledAfterMinutes ?? 60,
    seedRatioLimit: client?.seedRatioLimit ?? null,
    seedTimeMinutes: client?.seedTimeMinutes ?? null,
  };
}

/**
 * What an edit may change. Only the fields the kind shows are sent: no user name for SABnzbd, no
 * seeding limits for Usenet; an empty password or API key keeps the stored one.
 */
export function downloadClientPatch(values: Output): UpdateDownloadClientInput {
  const definition = downloadClientDefinitions[values.kind];
  const {
    kind: _kind,
    password,
    apiKey,
    seedRatioLimit,
    seedTimeMinutes,
    removeFailed: _removeFailed,
    timeoutMs: _timeoutMs,
    ...common
  } = values;
  return {
    ...common,
    username: definition.fields.includes("username") ? values.username : null,
    ...(definition.protocol === "torrent" ? { seedRatioLimit, seedTimeMinutes } : {}),
    ...(password ? { password } : {}),
    ...(apiKey ? { apiKey } : {}),
  };
}

export function downloadClientCreateInput(values: Output): CreateDownloadClientInput {
  return { ...downloadClientPatch(values), kind: values.kind, host: values.host, name: values.name };
}
