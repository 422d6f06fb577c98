import type { HistoryItem } from "@/lib/downloads";
import type { Persona } from "../persona";
import { arrQualityModel, arrQualityOfTitle } from "./quality-model.mapper";
import { arrDownloadId } from "./queue.mapper";

/** Radarr's MovieHistoryEventType and Sonarr's EpisodeHistoryEventType, with their integer values. */
export const radarrEvents = {
  unknown: 0,
  grabbed: 1,
  downloadFolderImported: 3,
  downloadFailed: 4,
  movieFileDeleted: 6,
  movieFolderImported: 8,
  movieFileRenamed: 9,
  downloadIgnored: 10,
} as const;
export const sonarrEvents = {
  unknown: 0,
  grabbed: 1,
  seriesFolderImported: 2,
  downloadFolderImported: 3,
  downloadFailed: 4,
  episodeFileDeleted: 5,
  episodeFileRenamed: 6,
  downloadIgnored: 7,
} as const;

/** Mydia's history events as the persona names them. */
export function arrEventType(persona: Persona, event: HistoryItem["event"]): string {
  switch (event) {
    case "grabbed":
      return "grabbed";
    case "imported":
    case "upgraded":
    case "replaced":
      return "downloadFolderImported";
    case "failed":
      return "downloadFailed";
    case "renamed":
      return persona === "radarr" ? "movieFileRenamed" : "episodeFileRenamed";
    case "deleted":
    case "kept":
      return "downloadIgnored";
    default:
      return "unknown";
  }
}

/** The Mydia events behind an *arr event type (by name or integer value). */
export function mydiaEventsOf(persona: Persona, eventType: string | number): HistoryItem["event"][] {
  const table: Record<string, number> = persona === "radarr" ? radarrEvents : sonarrEvents;
  const name =
    typeof eventType === "number" || /^\d+$/.test(eventType)
      ? Object.keys(table).find((key) => table[key] === Number(eventType))
      : Object.keys(table).find((key) => key.toLowerCase() === eventType.toLowerCase());
  const all: HistoryItem["event"][] = [
    "grabbed",
    "imported",
    "failed",
    "deleted",
    "upgraded",
    "replaced",
    "kept",
    "renamed",
  ];
  return name ? all.filter((event) => arrEventType(persona, event) === name) : [];
}

/** History `data` is a dictionary of strings in both documents. */
function stringData(item: HistoryItem): Record<string, string | null> {
  const data: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(item.data))
    data[key] =
      value === null || value === undefined ? null : typeof value === "string" ? value : JSON.stringify(value);
  const extra = item.data as { indexerName?: unknown; clientName?: unknown; size?: unknown; reason?: unknown };
  if (typeof extra.indexerName === "string") data.indexer = extra.indexerName;
  if (typeof extra.clientName === "string") data.downloadClientName = extra.clientName;
  if (item.protocol) data.protocol = item.protocol === "usenet" ? "1" : "2";
  if (typeof extra.reason === "string") data.message = extra.reason;
  return data;
}

export function toArrHistoryRecord(
  persona: Persona,
  item: HistoryItem,
  ids: { id: number; movieId: number; seriesId: number; episodeId: number },
) {
  const parsed = arrQualityOfTitle(persona, item.title);
  return {
    id: ids.id,
    ...(persona === "radarr" ? { movieId: ids.movieId } : { episodeId: ids.episodeId, seriesId: ids.seriesId }),
    sourceTitle: item.title,
    languages: parsed.languages,
    quality: item.quality ? arrQualityModel(persona, { name: item.quality }) : parsed.quality,
    customFormats: [],
    customFormatScore: 0,
    qualityCutoffNotMet: false,
    date: item.createdAt,
    downloadId: item.clientItemId && item.protocol ? arrDownloadId(item.protocol, item.clientItemId) : null,
    eventType: arrEventType(persona, item.event),
    data: stringData(item),
  };
}
