import { z } from "zod";
import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { isUniqueViolation, tx, type Db } from "@/lib/db";
import { ConflictError, NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { logger } from "@/lib/logger";
import { prefetchImages, withMetadata, type SeasonMetadata, type SeriesMetadata } from "@/lib/metadata";
import {
  addSeriesInput,
  seriesListQuery,
  updateEpisodeInput,
  updateSeriesInput,
  type Episode,
  type Series,
  type SeriesDetail,
  type SeriesListItem,
  type SeriesListQuery,
} from "./catalog.schemas";
import type { LibraryLookup } from "./library-lookup";
import type { Paged } from "./movies.service";
import { distinctFacetValues } from "./facets.repo";
import { upsertExclusion } from "./exclusions.repo";
import { assertNotExcluded } from "./exclusions.service";
import {
  deleteSeriesRow,
  episodeRows,
  findEpisodeRow,
  findSeriesByTmdbId,
  findSeriesRow,
  insertSeriesRow,
  listSeriesRows,
  seasonRows,
  seriesIdsByTmdbIds,
  setEpisodesMonitored,
  setSeasonEpisodesMonitored,
  toEpisode,
  toSeason,
  toSeries,
  updateEpisodeRow,
  updateSeasonRow,
  updateSeriesRow,
} from "./series.repo";
import { planSync } from "./episode-sync";
import { applyMonitorMode, applySyncPlan, fetchSeriesWithSeasons, seriesFieldsOf, seriesTypeOf } from "./series-sync";
import { sendJob } from "@/lib/jobs";
import { resolveQualityProfileId } from "@/lib/quality";

export async function listSeries(actor: Actor, query: SeriesListQuery = {}): Promise<Paged<SeriesListItem>> {
  assertCan(actor, "browse");
  const q = parseInput(seriesListQuery, query);
  const { items, total } = await listSeriesRows(q, q.sort, q.dir, q.page, q.pageSize);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function seriesGenres(actor: Actor): Promise<string[]> {
  assertCan(actor, "browse");
  return distinctFacetValues("series", "genre");
}

/** Every tag used on a series, for the tag field's suggestions and the filter. */
export async function seriesTags(actor: Actor): Promise<string[]> {
  assertCan(actor, "browse");
  return distinctFacetValues("series", "tag");
}

export async function seriesInLibrary(actor: Actor, tmdbIds: number[]): Promise<Map<number, string>> {
  assertCan(actor, "browse");
  return seriesIdsByTmdbIds(tmdbIds);
}

export async function getSeries(actor: Actor, id: string): Promise<Series> {
  assertCan(actor, "browse");
  const row = await findSeriesRow(id);
  if (!row) throw new NotFoundError("No such series");
  return toSeries(row);
}

/** The series with its seasons (newest first, specials last) and their episodes. */
export async function getSeriesDetail(actor: Actor, id: string): Promise<SeriesDetail> {
  assertCan(actor, "browse");
  const [row, seasons, episodes] = await Promise.all([findSeriesRow(id), seasonRows(id), episodeRows(id)]);
  if (!row) throw new NotFoundError("No such series");
  const bySeason = new Map<number, Episode[]>();
  for (const e of episodes) {
    const list = bySeason.get(e.seasonNumber) ?? [];
    list.push(toEpisode(e));
    bySeason.set(e.seasonNumber, list);
  }
  const ordered = [...seasons].sort((a, b) =>
    a.seasonNumber === 0 ? 1 : b.seasonNumber === 0 ? -1 : b.seasonNumber - a.seasonNumber,
  );
  return {
    ...toSeries(row),
    seasons: ordered.map((s) => ({ ...toSeason(s), episodes: bySeason.get(s.seasonNumber) ?? [] })),
  };
}

export async function listEpisodes(actor: Actor, seriesId: string): Promise<Episode[]> {
  assertCan(actor, "browse");
  if (!(await findSeriesRow(seriesId))) throw new NotFoundError("No such series");
  return (await episodeRows(seriesId)).map(toEpisode);
}

/** `libraries` is lib/library's resolveLibrary (catalog does not read libraries). */
/**
 * `options.metadata` supplies the series, its seasons and episodes (an import from Sonarr carries them)
 * instead of asking the metadata provider; a later refresh brings them up to date.
 */
export async function addSeries(
  actor: Actor,
  input: unknown,
  libraries: LibraryLookup,
  options: { metadata?: { meta: SeriesMetadata; seasons: SeasonMetadata[] } } = {},
): Promise<Series> {
  assertCan(actor, "manage");
  const parsed = parseInput(addSeriesInput, input);
  const existing = await findSeriesByTmdbId(parsed.tmdbId);
  if (existing) throw new ConflictError(`${existing.title} is already in the library`, { id: existing.id });
  await assertNotExcluded("series", parsed.tmdbId);
  const library = await libraries("tv", parsed.libraryId);
  const qualityProfileId = await resolveQualityProfileId(parsed.qualityProfileId ?? library.qualityProfileId);
  const { meta, seasons } =
    options.metadata ?? (await withMetadata((p) => fetchSeriesWithSeasons(p, parsed.tmdbId, { fresh: true })));
  const now = new Date();
  // The series, its seasons and episodes appear together or not at all.
  const row = await tx(async (t) => {
    const inserted = await insertSeriesRow(
      {
        ...seriesFieldsOf(meta, now),
        seriesType: parsed.seriesType ?? seriesTypeOf(meta),
        monitored: parsed.monitored,
        monitor: parsed.monitor,
        monitorNewSeasons: parsed.monitorNewSeasons,
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
    const plan = planSync(meta, seasons, [], [], {
      initial: true,
      monitor: parsed.monitor,
      monitorNewSeasons: parsed.monitorNewSeasons,
      airTime: null,
      ctx: { now },
    });
    await applySyncPlan(t, inserted.id, plan, now);
    await publish(
      "catalog.series.added",
      { id: inserted.id, title: inserted.title },
      { actorId: actorId(actor), db: t },
    );
    if (parsed.searchNow) await sendJob("automation.search", { seriesId: inserted.id, trigger: "added" }, { db: t });
    return inserted;
  });
  void prefetchImages([row.posterPath, row.backdropPath]).catch((error: unknown) =>
    logger.warn({ err: error }, "image prefetch failed"),
  );
  return toSeries(row);
}

/**
 * The one entry point for edits (the Edit dialog, PUT/PATCH, bulk edits): the named fields change.
 * A new library moves the series' files there (a library.move job, queued in the same transaction).
 * `episodeIdsWithFiles` lets the "missing" and "existing" monitor modes see the files (lib/library passes them).
 * `db` is the caller's open transaction (a bulk edit commits all its series together).
 */
export async function updateSeries(
  actor: Actor,
  id: string,
  input: unknown,
  libraries: LibraryLookup,
  options: { episodeIdsWithFiles?: ReadonlySet<string>; db?: Db } = {},
): Promise<Series> {
  assertCan(actor, "manage");
  const changes = parseInput(updateSeriesInput, input);
  if (changes.libraryId !== undefined) await libraries("tv", changes.libraryId);
  if (changes.qualityProfileId !== undefined)
    changes.qualityProfileId = await resolveQualityProfileId(changes.qualityProfileId);
  const now = new Date();
  const update = async (t: Db) => {
    const before = await findSeriesRow(id, t);
    const updated = await updateSeriesRow(id, { ...changes, updatedAt: now }, t);
    if (!before || !updated) throw new NotFoundError("No such series", { id });
    // Only a new mode is applied: the same mode sent back (a GET body) keeps per-episode choices.
    if (changes.monitor !== undefined && changes.monitor !== before.monitor)
      await applyMonitorMode(t, id, changes.monitor, now, options.episodeIdsWithFiles);
    if (updated.libraryId !== before.libraryId) await sendJob("library.move", { seriesId: id }, { db: t });
    await publish("catalog.series.updated", { id, title: updated.title }, { actorId: actorId(actor), db: t });
    return updated;
  };
  // Inside the caller's transaction (a bulk edit), else in one of its own.
  const row = options.db ? await update(options.db) : await tx(update);
  return toSeries(row);
}

/** As removeMovieFromCatalog: the series with its seasons and episodes; its files are lib/library's deleteSeries'. */
export async function removeSeriesFromCatalog(
  actor: Actor,
  id: string,
  options: { addExclusion?: boolean } = {},
): Promise<void> {
  assertCan(actor, "manage");
  await tx(async (t) => {
    const row = await findSeriesRow(id, t);
    if (!row || !(await deleteSeriesRow(id, t))) throw new NotFoundError("No such series");
    if (options.addExclusion) {
      const entry = await upsertExclusion({ kind: "series", tmdbId: row.tmdbId, title: row.title, year: row.year }, t);
      await publish("catalog.exclusion.added", { id: entry.id, title: row.title }, { actorId: actorId(actor), db: t });
    }
    await publish("catalog.series.deleted", { id, title: row.title }, { actorId: actorId(actor), db: t });
  });
}

/** Toggles a season and every episode in it. */
export async function setSeasonMonitored(
  actor: Actor,
  seriesId: string,
  seasonNumber: number,
  monitored: boolean,
): Promise<void> {
  assertCan(actor, "manage");
  await tx(async (t) => {
    const season = (await seasonRows(seriesId, t)).find((s) => s.seasonNumber === seasonNumber);
    if (!season) throw new NotFoundError("No such season");
    await updateSeasonRow(season.id, { monitored }, t);
    await setSeasonEpisodesMonitored(seriesId, seasonNumber, monitored, t);
    await publish("catalog.series.updated", { id: seriesId, seasonNumber }, { actorId: actorId(actor), db: t });
  });
}

export async function updateEpisode(actor: Actor, id: string, input: unknown): Promise<Episode> {
  assertCan(actor, "manage");
  const changes = parseInput(updateEpisodeInput, input);
  const row = await updateEpisodeRow(id, { ...changes, updatedAt: new Date() });
  if (!row) throw new NotFoundError("No such episode");
  await publish("catalog.series.updated", { id: row.seriesId, episodeId: id }, { actorId: actorId(actor) });
  return toEpisode(row);
}

const bulkInput = z.object({ episodeIds: z.array(z.string()).min(1).max(5000), monitored: z.boolean() });

/** Bulk action on the series page: monitor or unmonitor the selected episodes. */
export async function setEpisodesMonitoredBulk(actor: Actor, seriesId: string, input: unknown): Promise<number> {
  assertCan(actor, "manage");
  const { episodeIds, monitored } = parseInput(bulkInput, input);
  const changed = await setEpisodesMonitored(seriesId, episodeIds, monitored);
  if (changed === 0) throw new ValidationError("None of those episodes belong to this series");
  await publish("catalog.series.updated", { id: seriesId, episodes: changed }, { actorId: actorId(actor) });
  return changed;
}

export async function findEpisode(actor: Actor, id: string): Promise<Episode> {
  assertCan(actor, "browse");
  const row = await findEpisodeRow(id);
  if (!row) throw new NotFoundError("No such episode");
  return toEpisode(row);
}
