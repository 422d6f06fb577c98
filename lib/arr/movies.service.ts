import { z } from "zod";
import type { Actor } from "@/lib/accounts";
import { addMovie, allMovies, getMovie, movieStatusOf, searchToAdd, updateMovie, type Movie } from "@/lib/catalog";
import { fieldError, NotFoundError } from "@/lib/errors";
import {
  bulkEditMovies,
  bulkRemoveMovies,
  deleteMovie,
  listLibraries,
  listTitleVideoFiles,
  resolveLibrary,
} from "@/lib/library";
import { withMetadata } from "@/lib/metadata";
import { arrIdsOf, entityIdOf } from "./ids";
import {
  factsOfMetadata,
  factsOfSearchResult,
  toMovieResource,
  type MovieFacts,
  type MovieResource,
} from "./movie.mapper";
import { personaLibraries } from "./root-folders.service";
import { tagLabelsOf } from "./tags.service";
import { libraryOf, profileIdOf } from "./title-placement";

/** Radarr's movie endpoints over Mydia's catalog (titles), library (folders, files) and automation (search). */

async function resources(actor: Actor, movies: Movie[]): Promise<MovieResource[]> {
  if (movies.length === 0) return [];
  const [libraries, files] = await Promise.all([
    listLibraries(actor),
    listTitleVideoFiles(actor, { movieIds: movies.map((m) => m.id) }),
  ]);
  const [ids, fileIds, profileIds, tagIds] = await Promise.all([
    arrIdsOf(
      "movie",
      movies.map((m) => m.id),
    ),
    arrIdsOf(
      "moviefile",
      files.map((f) => f.id),
    ),
    arrIdsOf(
      "qualityprofile",
      movies.map((m) => m.qualityProfileId),
    ),
    arrIdsOf(
      "tag",
      movies.flatMap((m) => m.tags),
    ),
  ]);
  const byLibrary = new Map(libraries.map((l) => [l.id, l]));
  const filesOf = Map.groupBy(files, (f) => f.movieId!);
  return movies.map((movie) =>
    toMovieResource(movie, {
      id: ids.get(movie.id)!,
      movie,
      qualityProfileId: profileIds.get(movie.qualityProfileId)!,
      tagIds: movie.tags.map((t) => tagIds.get(t)!),
      library: byLibrary.get(movie.libraryId),
      files: (filesOf.get(movie.id) ?? []).map((file) => ({ id: fileIds.get(file.id)!, file })),
    }),
  );
}

const one = async (actor: Actor, movie: Movie) => (await resources(actor, [movie]))[0];

export async function listArrMovies(actor: Actor, query: { tmdbId?: number }) {
  return resources(actor, await allMovies(actor, query));
}

export async function getArrMovie(actor: Actor, id: number) {
  return one(actor, await getMovie(actor, await entityIdOf("movie", id)));
}

/** A movie not in the library, as lookup answers it (no id; Seerr adds what has none). */
async function outside(actor: Actor, facts: MovieFacts) {
  const [library] = await personaLibraries(actor, "radarr");
  return toMovieResource(facts, null, library);
}

async function byTmdbId(actor: Actor, tmdbId: number): Promise<MovieResource | null> {
  const [inLibrary] = await allMovies(actor, { tmdbId });
  if (inLibrary) return one(actor, inLibrary);
  const meta = await withMetadata((p) => p.movie(tmdbId)).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  return meta ? outside(actor, factsOfMetadata(meta, movieStatusOf(meta))) : null;
}

async function byImdbId(actor: Actor, imdbId: string): Promise<MovieResource | null> {
  const { movies } = await withMetadata((p) => p.findByExternalId("imdb", imdbId));
  return movies.length ? byTmdbId(actor, movies[0]) : null;
}

/** `movie/lookup?term=`: "tmdb:550", "imdb:tt0137523", or words to search TMDB for. */
export async function lookupArrMovies(actor: Actor, term: string): Promise<MovieResource[]> {
  const text = term.trim();
  const tmdb = /^tmdb:\s*(\d+)$/i.exec(text);
  const imdb = /^(?:imdb:\s*)?(tt\d+)$/i.exec(text);
  if (tmdb) return [await byTmdbId(actor, Number(tmdb[1]))].filter((m) => m !== null);
  if (imdb) return [await byImdbId(actor, imdb[1])].filter((m) => m !== null);
  if (!text) throw fieldError("term", "give a title, tmdb:ID or imdb:ID to look up");
  const page = await searchToAdd(actor, "movie", text);
  const inLibrary = new Set(page.results.filter((r) => r.inLibrary).map((r) => r.tmdbId));
  const known = new Map(
    (
      await resources(
        actor,
        (await allMovies(actor)).filter((m) => inLibrary.has(m.tmdbId)),
      )
    ).map((m) => [m.tmdbId, m]),
  );
  return Promise.all(page.results.map((r) => known.get(r.tmdbId) ?? outside(actor, factsOfSearchResult(r))));
}

export async function lookupArrMovieByTmdb(actor: Actor, tmdbId: number) {
  const found = await byTmdbId(actor, tmdbId);
  if (!found) throw new NotFoundError(`TMDB has no movie ${tmdbId}`);
  return found;
}

export async function lookupArrMovieByImdb(actor: Actor, imdbId: string) {
  const found = await byImdbId(actor, imdbId);
  if (!found) throw new NotFoundError(`TMDB knows no movie with IMDb id ${imdbId}`);
  return found;
}

/** Radarr's availabilities; Mydia has no "tba" and no "deleted" (they read as announced and released). */
const availability = z
  .enum(["tba", "announced", "inCinemas", "released", "deleted"])
  .transform((value) => (value === "tba" ? "announced" : value === "deleted" ? "released" : value));

/** The MovieResource fields Mydia reads (a whole resource from lookup or GET is accepted; the rest is ignored). */
export const movieBody = z.object({
  id: z.number().int().optional(),
  tmdbId: z.number().int().positive().optional(),
  qualityProfileId: z.number().int().nullish(),
  monitored: z.boolean().nullish(),
  minimumAvailability: availability.nullish(),
  tags: z.array(z.number().int()).nullish(),
  rootFolderPath: z.string().nullish(),
  path: z.string().nullish(),
  addOptions: z
    .object({
      searchForMovie: z.boolean().nullish(),
      monitor: z.enum(["movieOnly", "movieAndCollection", "none"]).nullish(),
    })
    .nullish(),
});
export type MovieBody = z.output<typeof movieBody>;

/** POST movie: adds it (Seerr's request flow); addOptions.searchForMovie queues Mydia's automatic search. */
export async function addArrMovie(actor: Actor, body: MovieBody) {
  if (!body.tmdbId) throw fieldError("tmdbId", "give the movie's TMDB id");
  const library = await libraryOf(actor, "radarr", body);
  const movie = await addMovie(
    actor,
    {
      tmdbId: body.tmdbId,
      libraryId: library?.id,
      qualityProfileId: await profileIdOf(body.qualityProfileId),
      monitored: body.addOptions?.monitor === "none" ? false : (body.monitored ?? true),
      minimumAvailability: body.minimumAvailability ?? undefined,
      tags: await tagLabelsOf(body.tags ?? []),
      searchNow: body.addOptions?.searchForMovie ?? false,
    },
    resolveLibrary,
  );
  return one(actor, movie);
}

/**
 * PUT movie: the full resource back. A root folder (or path) in another library moves the files there
 * through Mydia's library move; Mydia always moves them, so `moveFiles=false` is not honoured.
 */
export async function updateArrMovie(actor: Actor, id: number | undefined, body: MovieBody) {
  const arrId = id ?? body.id;
  if (!arrId) throw fieldError("id", "give the movie's id");
  const movieId = await entityIdOf("movie", arrId);
  const current = await getMovie(actor, movieId);
  const library = await libraryOf(actor, "radarr", body);
  const changes: Record<string, unknown> = {};
  if (typeof body.monitored === "boolean") changes.monitored = body.monitored;
  if (body.minimumAvailability) changes.minimumAvailability = body.minimumAvailability;
  if (body.tags) changes.tags = await tagLabelsOf(body.tags);
  const profile = await profileIdOf(body.qualityProfileId);
  if (profile) changes.qualityProfileId = profile;
  if (library && library.id !== current.libraryId) changes.libraryId = library.id;
  const updated = Object.keys(changes).length ? await updateMovie(actor, movieId, changes, resolveLibrary) : current;
  if (body.addOptions?.searchForMovie) await bulkEditMovies(actor, { ids: [movieId], search: true });
  return one(actor, updated);
}

export async function deleteArrMovie(
  actor: Actor,
  id: number,
  query: { deleteFiles?: boolean; addImportExclusion?: boolean },
): Promise<void> {
  await deleteMovie(actor, await entityIdOf("movie", id), {
    deleteFiles: query.deleteFiles ?? false,
    addExclusion: query.addImportExclusion ?? false,
  });
}

const applyTags = z.enum(["add", "remove", "replace"]);

export const movieEditorBody = z.object({
  movieIds: z.array(z.number().int()).min(1, "name the movies"),
  monitored: z.boolean().nullish(),
  qualityProfileId: z.number().int().nullish(),
  minimumAvailability: availability.nullish(),
  rootFolderPath: z.string().nullish(),
  tags: z.array(z.number().int()).nullish(),
  applyTags: applyTags.nullish(),
  moveFiles: z.boolean().nullish(),
  deleteFiles: z.boolean().nullish(),
  addImportExclusion: z.boolean().nullish(),
});
export type MovieEditorBody = z.output<typeof movieEditorBody>;

const movieIdsOf = (ids: number[]) => Promise.all(ids.map((id) => entityIdOf("movie", id)));

/** PUT movie/editor: Mydia's bulk edit (one transaction); answers the changed movies, as Radarr does. */
export async function editArrMovies(actor: Actor, body: MovieEditorBody) {
  const ids = await movieIdsOf(body.movieIds);
  const changes: Record<string, unknown> = {};
  if (typeof body.monitored === "boolean") changes.monitored = body.monitored;
  if (body.minimumAvailability) changes.minimumAvailability = body.minimumAvailability;
  const profile = await profileIdOf(body.qualityProfileId);
  if (profile) changes.qualityProfileId = profile;
  const library = await libraryOf(actor, "radarr", { rootFolderPath: body.rootFolderPath });
  if (library) changes.libraryId = library.id;
  const tags = body.tags ? { mode: body.applyTags ?? "replace", values: await tagLabelsOf(body.tags) } : undefined;
  if (Object.keys(changes).length || tags) await bulkEditMovies(actor, { ids, changes, ...(tags ? { tags } : {}) });
  return resources(actor, await allMovies(actor).then((all) => all.filter((m) => ids.includes(m.id))));
}

/** DELETE movie/editor: Mydia's bulk remove (files to the recycle bin with deleteFiles). */
export async function deleteArrMovies(actor: Actor, body: MovieEditorBody): Promise<void> {
  await bulkRemoveMovies(actor, {
    ids: await movieIdsOf(body.movieIds),
    deleteFiles: body.deleteFiles ?? false,
    addExclusion: body.addImportExclusion ?? false,
  });
}
