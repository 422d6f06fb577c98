import { z } from "zod";

/**
 * The bodies Sonarr's and Radarr's "Webhook" connection send, as their receivers read them
 * (Sonarr src/NzbDrone.Core/Notifications/Webhook/WebhookGrabPayload.cs, WebhookSeries.cs, WebhookEpisode.cs;
 * Radarr's movie/remoteMovie equivalents). Strict where receivers rely on a field's type.
 */
const base = { eventType: z.string(), instanceName: z.string(), applicationUrl: z.string() };

export const sonarrSeries = z.object({
  id: z.number().int(),
  title: z.string(),
  path: z.string(),
  tvdbId: z.number().int(),
  tvMazeId: z.number().int(),
  imdbId: z.string(),
  type: z.string(),
});
export const sonarrEpisode = z.object({
  id: z.number().int(),
  episodeNumber: z.number().int(),
  seasonNumber: z.number().int(),
  title: z.string(),
});
export const radarrMovie = z.object({
  id: z.number().int(),
  title: z.string(),
  year: z.number().int(),
  folderPath: z.string(),
  tmdbId: z.number().int(),
  imdbId: z.string(),
});
export const radarrRemoteMovie = z.object({
  tmdbId: z.number().int(),
  imdbId: z.string(),
  title: z.string(),
  year: z.number().int(),
});

export const sonarrGrab = z.object({
  ...base,
  eventType: z.literal("Grab"),
  series: sonarrSeries,
  episodes: z.array(sonarrEpisode).min(1),
  release: z.object({ releaseTitle: z.string() }),
  downloadClient: z.string(),
  downloadId: z.string(),
});
export const radarrGrab = z.object({
  ...base,
  eventType: z.literal("Grab"),
  movie: radarrMovie,
  remoteMovie: radarrRemoteMovie,
  release: z.object({ releaseTitle: z.string() }),
  downloadClient: z.string(),
  downloadId: z.string(),
});
export const radarrDownload = z.object({
  ...base,
  eventType: z.literal("Download"),
  movie: radarrMovie,
  remoteMovie: radarrRemoteMovie,
  movieFile: z.object({ relativePath: z.string(), path: z.string() }),
  isUpgrade: z.boolean(),
});
export const sonarrTest = z.object({
  ...base,
  eventType: z.literal("Test"),
  series: sonarrSeries,
  episodes: z.array(sonarrEpisode).min(1),
});
export const radarrTest = z.object({
  ...base,
  eventType: z.literal("Test"),
  movie: radarrMovie,
  remoteMovie: radarrRemoteMovie,
});
