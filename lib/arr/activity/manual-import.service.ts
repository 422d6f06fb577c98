import path from "node:path";
import { z } from "zod";
import type { Actor } from "@/lib/accounts";
import { listDownloadFiles, listQueue, manualImportDownload, type QueueItem } from "@/lib/downloads";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { arrIdsOf, entityIdOf } from "../ids";
import { episodeResourcesOf, withMovies, withSeriesAndEpisodes } from "./embedded-titles";
import type { Persona } from "../persona";
import { arrDownloadId } from "./queue.mapper";
import { arrQualityOfTitle, type ArrLanguage, type ArrQualityModel } from "./quality-model.mapper";

const FINISHED = new Set(["importing", "needs-extraction", "not-an-upgrade"]);

/** Radarr's and Sonarr's ManualImportResource: a candidate file, what it would become, and why not. */
export interface ArrManualImportItem {
  id: number;
  path: string;
  relativePath: string;
  folderName: string;
  name: string;
  size: number;
  movieId?: number | null;
  seriesId?: number | null;
  seasonNumber?: number | null;
  episodeIds?: number[];
  releaseGroup: string | null;
  quality: ArrQualityModel;
  languages: ArrLanguage[];
  qualityWeight: number;
  downloadId: string;
  customFormats: [];
  customFormatScore: number;
  indexerFlags: number;
  releaseType?: "unknown" | "singleEpisode" | "multiEpisode" | "seasonPack";
  rejections: { reason: string; type: "permanent" | "temporary" }[];
}

const sameId = (item: QueueItem, downloadId: string) =>
  arrDownloadId(item.protocol, item.clientItemId).toLowerCase() === downloadId.toLowerCase();

const inside = (folder: string, file: string) => {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

/** The Mydia download a client names by its download id, or whose output holds this folder or file. */
async function downloadFor(actor: Actor, by: { downloadId?: string; path?: string }): Promise<QueueItem | null> {
  const queue = await listQueue(actor);
  if (by.downloadId) return queue.find((item) => sameId(item, by.downloadId!)) ?? null;
  if (by.path) {
    const wanted = path.resolve(by.path);
    return (
      queue.find((item) => item.outputPath && (inside(item.outputPath, wanted) || inside(wanted, item.outputPath))) ??
      null
    );
  }
  return null;
}

/**
 * GET manualimport: the video files of a finished Mydia download (by downloadId, or by a folder
 * inside its output), each with the movie or episodes its name points to. A folder that is no
 * download of Mydia's lists nothing: Mydia imports from its downloads and library folders only.
 */
export async function arrManualImportCandidates(
  actor: Actor,
  persona: Persona,
  query: { folder?: string; downloadId?: string; movieId?: number; seriesId?: number; seasonNumber?: number },
): Promise<ArrManualImportItem[]> {
  const download = await downloadFor(actor, { downloadId: query.downloadId, path: query.folder });
  if (!download || !FINISHED.has(download.status)) return [];
  const { folder, files } = await listDownloadFiles(actor, download.id);
  const suggestedMovie = (f: (typeof files)[number]) =>
    f.suggestion && "movieId" in f.suggestion ? f.suggestion.movieId : null;
  const suggestedSeries = (f: (typeof files)[number]) =>
    f.suggestion && "seriesId" in f.suggestion ? f.suggestion : null;
  const [movieIds, seriesIds, episodeIds] = await Promise.all([
    arrIdsOf(
      "movie",
      files.flatMap((f) => suggestedMovie(f) ?? []),
    ),
    arrIdsOf(
      "series",
      files.flatMap((f) => suggestedSeries(f)?.seriesId ?? []),
    ),
    arrIdsOf(
      "episode",
      files.flatMap((f) => suggestedSeries(f)?.episodeIds ?? []),
    ),
  ]);
  const chosenMovie = query.movieId;
  const chosenSeries = query.seriesId;
  return files.map((file, index) => {
    const parsed = arrQualityOfTitle(persona, path.basename(file.path));
    const movie = suggestedMovie(file);
    const series = suggestedSeries(file);
    const movieId = chosenMovie ?? (movie ? (movieIds.get(movie) ?? null) : null);
    const seriesId = chosenSeries ?? (series ? (seriesIds.get(series.seriesId) ?? null) : null);
    const episodes = series?.episodeIds.map((id) => episodeIds.get(id)!) ?? [];
    const rejections: ArrManualImportItem["rejections"] = [];
    if (file.imported) rejections.push({ reason: "Imported already", type: "permanent" });
    if (persona === "radarr" && movieId === null) rejections.push({ reason: "Unknown Movie", type: "permanent" });
    if (persona === "sonarr" && (seriesId === null || episodes.length === 0))
      rejections.push({ reason: seriesId === null ? "Unknown Series" : "Unknown Episode", type: "permanent" });
    return {
      id: index + 1,
      path: file.path,
      relativePath: file.relativePath,
      folderName: path.basename(folder),
      name: path.parse(file.path).name,
      size: file.size,
      ...(persona === "radarr"
        ? { movieId }
        : {
            seriesId,
            seasonNumber: query.seasonNumber ?? null,
            episodeIds: episodes,
            releaseType: episodes.length > 1 ? "multiEpisode" : episodes.length === 1 ? "singleEpisode" : "unknown",
          }),
      releaseGroup: parsed.releaseGroup,
      quality: parsed.quality,
      languages: parsed.languages,
      qualityWeight: 0,
      downloadId: arrDownloadId(download.protocol, download.clientItemId),
      customFormats: [],
      customFormatScore: 0,
      indexerFlags: 0,
      rejections,
    };
  });
}

/** One file of the ManualImport command (Radarr's and Sonarr's ManualImportFile). */
const manualImportFile = z
  .object({
    path: z.string().min(1).max(4096),
    folderName: z.string().nullish(),
    movieId: z.number().int().nullish(),
    seriesId: z.number().int().nullish(),
    episodeIds: z.array(z.number().int()).max(100).nullish(),
    downloadId: z.string().max(200).nullish(),
  })
  .loose();
export const manualImportCommandBody = z
  .object({ name: z.literal("ManualImport"), files: z.array(manualImportFile).min(1).max(500) })
  .loose();

/**
 * The ManualImport command: each file goes to the movie or episodes the client chose, through the
 * manual import of the Mydia download it belongs to (by downloadId, else by its path). Runs at once;
 * a file outside Mydia's downloads is refused.
 */
export async function arrManualImportCommand(
  actor: Actor,
  persona: Persona,
  body: z.output<typeof manualImportCommandBody>,
): Promise<{ queue: string; jobId: string | null }[]> {
  const byDownload = new Map<string, { path: string; movieId?: string; episodeIds?: string[] }[]>();
  for (const [index, file] of body.files.entries()) {
    const download = await downloadFor(actor, { downloadId: file.downloadId ?? undefined, path: file.path });
    if (!download)
      throw new ValidationError(`${file.path} is not a file of a download in Mydia's queue`, {
        fields: { [`files[${index}].path`]: "not a file of a Mydia download" },
      });
    const target =
      persona === "radarr" && file.movieId
        ? { movieId: await entityIdOf("movie", file.movieId) }
        : file.episodeIds?.length
          ? { episodeIds: await Promise.all(file.episodeIds.map((id) => entityIdOf("episode", id))) }
          : null;
    if (!target)
      throw new ValidationError(`Choose the ${persona === "radarr" ? "movie" : "episodes"} of ${file.path}`, {
        fields: { [`files[${index}].${persona === "radarr" ? "movieId" : "episodeIds"}`]: "required" },
      });
    byDownload.set(download.id, [...(byDownload.get(download.id) ?? []), { path: file.path, ...target }]);
  }
  for (const [downloadId, files] of byDownload) await manualImportDownload(actor, downloadId, { files });
  return [];
}

/** POST manualimport: the candidates again with the client's choices applied (Radarr's "reprocess"). */
export async function arrManualImportReprocess(
  actor: Actor,
  persona: Persona,
  items: { path: string; movieId?: number; seriesId?: number; episodeIds?: number[]; downloadId?: string | null }[],
): Promise<ArrManualImportItem[]> {
  const out: ArrManualImportItem[] = [];
  for (const item of items) {
    const download = await downloadFor(actor, { downloadId: item.downloadId ?? undefined, path: item.path });
    if (!download) throw new NotFoundError(`${item.path} is not a file of a download in Mydia's queue`);
    const candidates = await arrManualImportCandidates(actor, persona, {
      downloadId: arrDownloadId(download.protocol, download.clientItemId),
      movieId: item.movieId,
      seriesId: item.seriesId,
    });
    const found = candidates.find((c) => path.resolve(c.path) === path.resolve(item.path));
    if (!found) throw new NotFoundError(`${item.path} is not a video file of "${download.title}"`);
    if (persona === "sonarr" && item.episodeIds?.length) {
      found.episodeIds = item.episodeIds;
      found.rejections = found.rejections.filter((r) => !r.reason.startsWith("Unknown"));
    }
    out.push({ ...found, id: out.length + 1 });
  }
  return out;
}

/** The resources as the documents describe them: the chosen movie, or series and episodes, inside. */
export async function manualImportResources(actor: Actor, persona: Persona, items: ArrManualImportItem[]) {
  if (persona === "radarr")
    return (await withMovies(actor, items)).map(
      ({ movieId: _m, seriesId: _s, episodeIds: _e, ...resource }) => resource,
    );
  const withSeries = await withSeriesAndEpisodes(actor, items, { series: true });
  const episodes = await episodeResourcesOf(
    actor,
    items.flatMap((item) => item.episodeIds ?? []),
  );
  return withSeries.map(({ movieId: _m, seriesId: _s, episodeIds, ...resource }) => {
    const chosen = (episodeIds ?? []).flatMap((id) => episodes.get(id) ?? []);
    return { ...resource, seasonNumber: resource.seasonNumber ?? chosen[0]?.seasonNumber ?? null, episodes: chosen };
  });
}
