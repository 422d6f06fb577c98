import { episodesForMatching, findMovieByTitle, findSeriesByTitle, type EpisodeForMatch } from "@/lib/catalog";
import { publish } from "@/lib/events";
import { parse, toParseSummary, type ReleaseInfo } from "@/lib/release";
import type { DownloadItem, DownloadProtocol } from "../clients/types";
import type { DownloadClientRow } from "../download-client.repo";
import { insertDownload, insertHistory, type DownloadRow } from "./download.repo";

/**
 * Downloads added to a client by hand in one of Mydia's categories: recorded as downloads of
 * origin "client", matched to a movie or episodes by their name, then tracked like any other.
 */
export const NOT_MATCHED_MESSAGE = "Not matched to a movie or episode: choose one with Change match";

/** What a download is for: a movie, episodes of one series, or (not matched) nothing. */
type DownloadTarget = Pick<DownloadRow, "movieId" | "seriesId" | "episodeIds">;

/** Which of Mydia's categories an item is in; "either" when the movie and TV categories are the same. */
export type CategoryKind = "movie" | "tv" | "either";

const unmatched: DownloadTarget = { movieId: null, seriesId: null, episodeIds: [] };

function episodesNamed(info: ReleaseInfo, episodes: EpisodeForMatch[]): EpisodeForMatch[] {
  if (info.airDate) return episodes.filter((e) => e.airDate === info.airDate);
  if (info.season !== null && info.episodes.length > 0)
    return episodes.filter((e) => e.seasonNumber === info.season && info.episodes.includes(e.episodeNumber));
  if (info.absolute.length > 0)
    return episodes.filter((e) => e.absoluteNumber !== null && info.absolute.includes(e.absoluteNumber));
  // A season pack (or several): every episode of those seasons.
  const seasons = info.seasons.length > 0 ? info.seasons : info.season !== null ? [info.season] : [];
  return episodes.filter((e) => seasons.includes(e.seasonNumber));
}

async function movieTarget(info: ReleaseInfo): Promise<DownloadTarget> {
  const movie = await findMovieByTitle({
    title: info.title,
    year: info.year,
    tmdbId: info.tmdbId,
    imdbId: info.imdbId,
  });
  return movie ? { movieId: movie.id, seriesId: null, episodeIds: [] } : unmatched;
}

async function episodesTarget(info: ReleaseInfo): Promise<DownloadTarget> {
  const series = await findSeriesByTitle({
    title: info.title,
    year: info.year,
    tmdbId: info.tmdbId,
    imdbId: info.imdbId,
  });
  if (!series) return unmatched;
  const episodes = episodesNamed(info, await episodesForMatching(series.id));
  return episodes.length > 0
    ? { movieId: null, seriesId: series.id, episodeIds: episodes.map((e) => e.id) }
    : unmatched;
}

const looksLikeEpisodes = (info: ReleaseInfo): boolean =>
  info.season !== null || info.airDate !== null || info.absolute.length > 0;

/** The movie or episodes a release name points to, looked for where its category says. */
export async function matchReleaseName(
  name: string,
  kind: CategoryKind,
): Promise<{ target: DownloadTarget; info: ReleaseInfo }> {
  const info = parse(name, kind === "either" ? undefined : { kind: kind === "movie" ? "movie" : "tv" });
  if (!info.title) return { target: unmatched, info };
  const tv = kind === "tv" || (kind === "either" && looksLikeEpisodes(info));
  return { target: tv ? await episodesTarget(info) : await movieTarget(info), info };
}

/**
 * Records an item found in the client. An item that has failed already is recorded as failed
 * (the user's own download: nothing to blocklist or search again); the rest is left to the monitor.
 */
export async function adoptItem(
  clientRow: DownloadClientRow,
  protocol: DownloadProtocol,
  item: DownloadItem,
  kind: CategoryKind,
  now: Date,
): Promise<DownloadRow> {
  const { target, info } = await matchReleaseName(item.name, kind);
  const failed = item.status === "failed";
  const row = await insertDownload({
    clientId: clientRow.id,
    clientName: clientRow.name,
    clientItemId: item.id,
    infoHash: protocol === "torrent" ? item.id.toLowerCase() : null,
    protocol,
    title: item.name,
    size: item.sizeBytes > 0 ? item.sizeBytes : null,
    quality: toParseSummary(info),
    ...target,
    status: failed ? "failed" : "queued",
    progress: 0,
    error: failed ? (item.message ?? "the download client reported it failed") : null,
    importedFiles: [],
    origin: "client",
    updatedAt: now,
    ...(failed ? { finishedAt: now } : {}),
  });
  await insertHistory({
    downloadId: row.id,
    event: "grabbed",
    title: row.title,
    movieId: row.movieId,
    seriesId: row.seriesId,
    data: { origin: "client", clientName: row.clientName, protocol, size: row.size },
  });
  await publish("download.grabbed", {
    downloadId: row.id,
    title: row.title,
    clientName: row.clientName,
    movieId: row.movieId,
    seriesId: row.seriesId,
    episodeIds: row.episodeIds,
    origin: "client",
  });
  return row;
}
