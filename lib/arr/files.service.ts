import type { Actor } from "@/lib/accounts";
import { episodesById, type Episode } from "@/lib/catalog";
import { fieldError, NotFoundError } from "@/lib/errors";
import { deleteMediaFile, getMediaFile, listTitleVideoFiles, type MediaFile } from "@/lib/library";
import { toEpisodeFile, toMovieFile } from "./file.mapper";
import { arrIdsOf, entityIdOf } from "./ids";

/** moviefile and episodefile: the present video files of Mydia's library, numbered per kind. */

async function movieFiles(files: MediaFile[]) {
  const [ids, movieIds] = await Promise.all([
    arrIdsOf(
      "moviefile",
      files.map((f) => f.id),
    ),
    arrIdsOf(
      "movie",
      files.map((f) => f.movieId!),
    ),
  ]);
  return files.map((file) => toMovieFile(file, ids.get(file.id)!, movieIds.get(file.movieId!)!));
}

export async function listArrMovieFiles(actor: Actor, query: { movieId?: number; movieFileIds?: number[] }) {
  if (query.movieId !== undefined) {
    const movieId = await entityIdOf("movie", query.movieId);
    return movieFiles(await listTitleVideoFiles(actor, { movieIds: [movieId] }));
  }
  if (query.movieFileIds?.length) {
    const files = await Promise.all(query.movieFileIds.map((id) => fileOf(actor, "moviefile", id)));
    return movieFiles(files.filter((f) => f.movieId));
  }
  throw fieldError("movieId", "give movieId or movieFileIds");
}

async function fileOf(actor: Actor, kind: "moviefile" | "episodefile", id: number): Promise<MediaFile> {
  const file = await getMediaFile(actor, await entityIdOf(kind, id));
  const owned = kind === "moviefile" ? file.movieId : file.seriesId;
  if (!owned || file.role !== "video") throw new NotFoundError(`No ${kind} with id ${id}`);
  return file;
}

export async function getArrMovieFile(actor: Actor, id: number) {
  return (await movieFiles([await fileOf(actor, "moviefile", id)]))[0];
}

/** Deleting a file moves it to the library's recycle bin (restorable), as Mydia does for every delete. */
export async function deleteArrFile(actor: Actor, kind: "moviefile" | "episodefile", id: number): Promise<void> {
  const file = await fileOf(actor, kind, id);
  await deleteMediaFile(actor, file.id);
}

async function episodeFiles(actor: Actor, files: MediaFile[]) {
  const episodes = await episodesById(actor, [...new Set(files.flatMap((f) => f.episodeIds))]);
  const byId = new Map<string, Episode>(episodes.map((e) => [e.id, e]));
  const [ids, seriesIds] = await Promise.all([
    arrIdsOf(
      "episodefile",
      files.map((f) => f.id),
    ),
    arrIdsOf(
      "series",
      files.map((f) => f.seriesId!),
    ),
  ]);
  return files.map((file) =>
    toEpisodeFile(
      file,
      ids.get(file.id)!,
      seriesIds.get(file.seriesId!)!,
      byId.get(file.episodeIds[0] ?? "")?.seasonNumber ?? 0,
    ),
  );
}

export async function listArrEpisodeFiles(actor: Actor, query: { seriesId?: number; episodeFileIds?: number[] }) {
  if (query.seriesId !== undefined) {
    const seriesId = await entityIdOf("series", query.seriesId);
    return episodeFiles(actor, await listTitleVideoFiles(actor, { seriesIds: [seriesId] }));
  }
  if (query.episodeFileIds?.length) {
    const files = await Promise.all(query.episodeFileIds.map((id) => fileOf(actor, "episodefile", id)));
    return episodeFiles(actor, files);
  }
  throw fieldError("seriesId", "give seriesId or episodeFileIds");
}

export async function getArrEpisodeFile(actor: Actor, id: number) {
  return (await episodeFiles(actor, [await fileOf(actor, "episodefile", id)]))[0];
}

/** Episode files of these series, for the series and episode resources. */
export async function episodeFilesOfSeries(actor: Actor, seriesIds: string[]) {
  const files = await listTitleVideoFiles(actor, { seriesIds });
  const resources = await episodeFiles(actor, files);
  return files.map((file, i) => ({ file, resource: resources[i] }));
}
