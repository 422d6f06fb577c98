import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { ConflictError, NotFoundError, parseInput } from "@/lib/errors";
import { tx, type Db } from "@/lib/db";
import { publish } from "@/lib/events";
import { prefetchImages, withMetadata, type MovieMetadata } from "@/lib/metadata";
import { logger } from "@/lib/logger";
import {
  addMovieInput,
  movieListQuery,
  updateMovieInput,
  type Movie,
  type MovieListItem,
  type MovieListQuery,
} from "./catalog.schemas";
import { dayToDate, movieStatusOf, sortTitleOf } from "./derive";
import type { LibraryLookup } from "./library-lookup";
import {
  deleteMovieRow,
  findMovieByTmdbId,
  findMovieRow,
  insertMovieRow,
  listMovieRows,
  movieIdsByTmdbIds,
  toMovie,
  updateMovieRow,
  type NewMovieRow,
} from "./movies.repo";
import { distinctFacetValues } from "./facets.repo";
import { upsertExclusion } from "./exclusions.repo";
import { assertNotExcluded } from "./exclusions.service";
import { isUniqueViolation } from "@/lib/db";
import { sendJob } from "@/lib/jobs";
import { resolveQualityProfileId } from "@/lib/quality";

/** The columns that come from metadata (refresh overwrites them; monitoring and library stay). */
export function movieFieldsOf(meta: MovieMetadata, now = new Date()) {
  return {
    tmdbId: meta.tmdbId,
    imdbId: meta.imdbId,
    title: meta.title,
    originalTitle: meta.originalTitle,
    sortTitle: sortTitleOf(meta.title),
    year: meta.year,
    overview: meta.overview,
    runtime: meta.runtime,
    status: movieStatusOf(meta, now),
    inCinemasAt: dayToDate(meta.releaseDates.inCinemas),
    digitalReleaseAt: dayToDate(meta.releaseDates.digital),
    physicalReleaseAt: dayToDate(meta.releaseDates.physical),
    genres: meta.genres,
    certification: meta.certification,
    rating: meta.rating,
    votes: meta.votes,
    popularity: meta.popularity,
    posterPath: meta.posterPath,
    backdropPath: meta.backdropPath,
    collectionTmdbId: meta.collection?.tmdbId ?? null,
    collectionName: meta.collection?.name ?? null,
    originalLanguage: meta.originalLanguage,
    refreshedAt: now,
    updatedAt: now,
  } satisfies Partial<NewMovieRow>;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export async function listMovies(actor: Actor, query: MovieListQuery = {}): Promise<Paged<MovieListItem>> {
  assertCan(actor, "browse");
  const q = parseInput(movieListQuery, query);
  const { items, total } = await listMovieRows(q, q.sort, q.dir, q.page, q.pageSize);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function movieGenres(actor: Actor): Promise<string[]> {
  assertCan(actor, "browse");
  return distinctFacetValues("movie", "genre");
}

/** Every tag used on a movie, for the tag field's suggestions and the filter. */
export async function movieTags(actor: Actor): Promise<string[]> {
  assertCan(actor, "browse");
  return distinctFacetValues("movie", "tag");
}

export async function getMovie(actor: Actor, id: string): Promise<Movie> {
  assertCan(actor, "browse");
  const row = await findMovieRow(id);
  if (!row) throw new NotFoundError("No such movie");
  return toMovie(row);
}

/** tmdbId → catalog id of the ones already added (search results show a badge). */
export async function moviesInLibrary(actor: Actor, tmdbIds: number[]): Promise<Map<number, string>> {
  assertCan(actor, "browse");
  return movieIdsByTmdbIds(tmdbIds);
}

/** `libraries` is lib/library's resolveLibrary (catalog does not read libraries). */
/**
 * `options.metadata` supplies the movie's facts (an import from Radarr carries them) instead of asking
 * the metadata provider; a later refresh brings them up to date.
 */
export async function addMovie(
  actor: Actor,
  input: unknown,
  libraries: LibraryLookup,
  options: { metadata?: MovieMetadata } = {},
): Promise<Movie> {
  assertCan(actor, "manage");
  const parsed = parseInput(addMovieInput, input);
  const existing = await findMovieByTmdbId(parsed.tmdbId);
  if (existing) throw new ConflictError(`${existing.title} is already in the library`, { id: existing.id });
  await assertNotExcluded("movie", parsed.tmdbId);
  const library = await libraries("movie", parsed.libraryId);
  const qualityProfileId = await resolveQualityProfileId(parsed.qualityProfileId ?? library.qualityProfileId);
  const meta = options.metadata ?? (await withMetadata((p) => p.movie(parsed.tmdbId, { fresh: true })));
  const now = new Date();
  // The movie, its event and its first search commit together or not at all.
  const row = await tx(async (t) => {
    const inserted = await insertMovieRow(
      {
        ...movieFieldsOf(meta, now),
        monitored: parsed.monitored,
        minimumAvailability: parsed.minimumAvailability,
        tags: parsed.tags,
        libraryId: library.id,
        qualityProfileId,
        searchRequestedAt: parsed.searchNow ? now : null,
        addedAt: now,
      },
      t,
    ).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new ConflictError(`${meta.title} is already in the library`);
      throw error;
    });
    await publish(
      "catalog.movie.added",
      { id: inserted.id, title: inserted.title },
      { actorId: actorId(actor), db: t },
    );
    if (parsed.searchNow) await sendJob("automation.search", { movieId: inserted.id, trigger: "added" }, { db: t });
    return inserted;
  });
  void prefetchImages([row.posterPath, row.backdropPath]).catch((error: unknown) =>
    logger.warn({ err: error }, "image prefetch failed"),
  );
  return toMovie(row);
}

/**
 * The one entry point for edits (the Edit dialog, PUT/PATCH, bulk edits): the named fields change.
 * A new library moves the movie's files there: a library.move job, queued in the same transaction.
 * `options.db` is the caller's open transaction (a bulk edit commits all its movies together).
 */
export async function updateMovie(
  actor: Actor,
  id: string,
  input: unknown,
  libraries: LibraryLookup,
  options: { db?: Db } = {},
): Promise<Movie> {
  assertCan(actor, "manage");
  const changes = parseInput(updateMovieInput, input);
  if (changes.libraryId !== undefined) await libraries("movie", changes.libraryId);
  if (changes.qualityProfileId !== undefined)
    changes.qualityProfileId = await resolveQualityProfileId(changes.qualityProfileId);
  const update = async (t: Db) => {
    const before = await findMovieRow(id, t);
    const updated = await updateMovieRow(id, { ...changes, updatedAt: new Date() }, t);
    if (!before || !updated) throw new NotFoundError("No such movie", { id });
    if (updated.libraryId !== before.libraryId) await sendJob("library.move", { movieId: id }, { db: t });
    await publish("catalog.movie.updated", { id, title: updated.title }, { actorId: actorId(actor), db: t });
    return updated;
  };
  // Inside the caller's transaction (a bulk edit), else in one of its own.
  const row = options.db ? await update(options.db) : await tx(update);
  return toMovie(row);
}

/**
 * Removes the movie from the catalog, and with addExclusion puts it on the import exclusion list in
 * the same transaction. Its files are lib/library's: its deleteMovie recycles them first, then calls this.
 */
export async function removeMovieFromCatalog(
  actor: Actor,
  id: string,
  options: { addExclusion?: boolean } = {},
): Promise<void> {
  assertCan(actor, "manage");
  await tx(async (t) => {
    const row = await findMovieRow(id, t);
    if (!row || !(await deleteMovieRow(id, t))) throw new NotFoundError("No such movie");
    if (options.addExclusion) {
      const entry = await upsertExclusion({ kind: "movie", tmdbId: row.tmdbId, title: row.title, year: row.year }, t);
      await publish("catalog.exclusion.added", { id: entry.id, title: row.title }, { actorId: actorId(actor), db: t });
    }
    await publish("catalog.movie.deleted", { id, title: row.title }, { actorId: actorId(actor), db: t });
  });
}
