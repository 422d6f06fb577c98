import { systemActor } from "@/lib/accounts";
import { getMovie, getSeries, titleRefs } from "@/lib/catalog";
import { getConfig } from "@/lib/config";
import type { OutboundMessage } from "../message";

/**
 * The JSON a Sonarr or Radarr "Webhook" connection posts, so receivers written for them work unchanged:
 * series events carry Sonarr's `series` + `episodes`, movie events Radarr's `movie` + `remoteMovie`, and
 * the Test body carries both. Kinds the *arr apps have no event for keep their shape with Mydia's own
 * eventType (RequestApproved, …), which receivers that switch on eventType ignore.
 */
const eventTypes: Record<OutboundMessage["kind"], string> = {
  test: "Test",
  "download.grabbed": "Grab",
  "download.imported": "Download",
  "download.failed": "ManualInteractionRequired",
  "health.problem": "Health",
  "request.created": "RequestCreated",
  "request.approved": "RequestApproved",
  "request.declined": "RequestDeclined",
  "request.available": "RequestAvailable",
  "request.failed": "RequestFailed",
};

/**
 * The *arr apps number their items; Mydia's ids are UUIDs. Receivers key on tvdbId / tmdbId, so `id` is a
 * stable number derived from the UUID (the same title always gets the same one).
 */
export function numericId(uuid: string): number {
  return Number.parseInt(uuid.replaceAll("-", "").slice(0, 8), 16) & 0x7fffffff;
}

async function seriesPart(message: OutboundMessage): Promise<Record<string, unknown>> {
  const { seriesId, episodeIds } = message.subject;
  if (!seriesId) return {};
  const series = await getSeries(systemActor, seriesId).catch(() => null);
  if (!series) return {};
  const refs = await titleRefs({ movieIds: [], seriesIds: [], episodeIds });
  return {
    series: {
      id: numericId(series.id),
      title: series.title,
      path: "",
      tvdbId: series.tvdbId ?? 0,
      tvMazeId: 0,
      imdbId: series.imdbId ?? "",
      type: series.seriesType,
      year: series.year ?? 0,
    },
    episodes: episodeIds.flatMap((id) => {
      const episode = refs.episodes.get(id);
      return episode
        ? [
            {
              id: numericId(episode.id),
              episodeNumber: episode.episodeNumber,
              seasonNumber: episode.seasonNumber,
              title: episode.title ?? "",
            },
          ]
        : [];
    }),
  };
}

async function moviePart(message: OutboundMessage): Promise<Record<string, unknown>> {
  const { movieId } = message.subject;
  if (!movieId) return {};
  const movie = await getMovie(systemActor, movieId).catch(() => null);
  if (!movie) return {};
  return {
    movie: {
      id: numericId(movie.id),
      title: movie.title,
      year: movie.year ?? 0,
      folderPath: "",
      tmdbId: movie.tmdbId,
      imdbId: movie.imdbId ?? "",
    },
    remoteMovie: { tmdbId: movie.tmdbId, imdbId: movie.imdbId ?? "", title: movie.title, year: movie.year ?? 0 },
  };
}

const testPart = {
  series: {
    id: 1,
    title: "Test Title",
    path: "/tv/Test Title",
    tvdbId: 1234,
    tvMazeId: 0,
    imdbId: "",
    type: "standard",
  },
  episodes: [{ id: 123, episodeNumber: 1, seasonNumber: 1, title: "Test title" }],
  movie: { id: 1, title: "Test Title", year: 1970, folderPath: "/movies/Test Title (1970)", tmdbId: 0, imdbId: "" },
  remoteMovie: { tmdbId: 1234, imdbId: "", title: "Test title", year: 1970 },
};

export async function webhookBody(message: OutboundMessage): Promise<Record<string, unknown>> {
  const common = {
    eventType: eventTypes[message.kind],
    instanceName: "Mydia",
    applicationUrl: getConfig().BASE_URL,
  };
  if (message.kind === "test") return { ...common, ...testPart };
  const titles = { ...(await seriesPart(message)), ...(await moviePart(message)) };
  const { downloadId, clientName, files } = message.subject;
  const download = downloadId ? { downloadClient: clientName ?? "", downloadId } : {};
  switch (message.kind) {
    case "download.grabbed":
      return { ...common, ...titles, release: { releaseTitle: message.title.replace(/^Grabbed: /, "") }, ...download };
    case "download.imported": {
      const file = files[0] ?? "";
      const fileInfo = { relativePath: file.split("/").pop() ?? file, path: file };
      return {
        ...common,
        ...titles,
        ...(titles.series ? { episodeFile: fileInfo } : {}),
        ...(titles.movie ? { movieFile: fileInfo } : {}),
        isUpgrade: false,
        ...download,
      };
    }
    case "health.problem":
    case "download.failed":
      return {
        ...common,
        ...titles,
        level: "warning",
        message: message.body,
        type: message.kind === "health.problem" ? "HealthProblem" : "DownloadFailed",
        wikiUrl: message.url ?? "",
        ...download,
      };
    default:
      return { ...common, ...titles, title: message.title, message: message.body, url: message.url };
  }
}
