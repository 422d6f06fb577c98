import { z } from "zod";
import type { Actor } from "@/lib/accounts";
import { runCommand } from "@/lib/automation";
import {
  addSeries,
  allSeries,
  getSeries,
  searchToAdd,
  seasonsAndEpisodesOf,
  seriesStatusOf,
  seriesTypeOf,
  setSeasonMonitored,
  type Series,
  type SeriesMonitor,
} from "@/lib/catalog";
import { fieldError, NotFoundError } from "@/lib/errors";
import {
  bulkEditSeries,
  bulkRemoveSeries,
  deleteSeries,
  listLibraries,
  listTitleVideoFiles,
  resolveLibrary,
  updateSeriesWithFiles,
} from "@/lib/library";
import { withMetadata, type SearchResult } from "@/lib/metadata";
import { arrIdsOf, entityIdOf } from "./ids";
import { personaLibraries } from "./root-folders.service";
import {
  factsOfMetadata,
  toSeriesResource,
  type SeasonFacts,
  type SeriesFacts,
  type SeriesResource,
} from "./series.mapper";
import { tagLabelsOf } from "./tags.service";
import { libraryOf, profileIdOf } from "./title-placement";

/**
 * Sonarr's series endpoints. Mydia keys series by TMDB id; Sonarr clients send TVDB ids, which TMDB's
 * find maps (and the catalog remembers each series' TVDB id from its external ids).
 */
async function resources(actor: Actor, list: Series[]): Promise<SeriesResource[]> {
  if (list.length === 0) return [];
  const ids = list.map((s) => s.id);
  const [libraries, files, { seasons, episodes }] = await Promise.all([
    listLibraries(actor),
    listTitleVideoFiles(actor, { seriesIds: ids }),
    seasonsAndEpisodesOf(actor, ids),
  ]);
  const [arrIds, profileIds, tagIds] = await Promise.all([
    arrIdsOf("series", ids),
    arrIdsOf(
      "qualityprofile",
      list.map((s) => s.qualityProfileId),
    ),
    arrIdsOf(
      "tag",
      list.flatMap((s) => s.tags),
    ),
  ]);
  const byLibrary = new Map(libraries.map((l) => [l.id, l]));
  const seasonsOf = Map.groupBy(seasons, (s) => s.seriesId);
  const episodesOf = Map.groupBy(episodes, (e) => e.seriesId);
  const filesOf = Map.groupBy(files, (f) => f.seriesId!);
  return list.map((series) =>
    toSeriesResource(series, {
      id: arrIds.get(series.id)!,
      series,
      qualityProfileId: profileIds.get(series.qualityProfileId)!,
      tagIds: series.tags.map((t) => tagIds.get(t)!),
      library: byLibrary.get(series.libraryId),
      seasons: seasonsOf.get(series.id) ?? [],
      episodes: episodesOf.get(series.id) ?? [],
      files: filesOf.get(series.id) ?? [],
    }),
  );
}

const one = async (actor: Actor, series: Series) => (await resources(actor, [series]))[0];

export async function listArrSeries(actor: Actor, query: { tvdbId?: number; tmdbId?: number }) {
  return resources(actor, await allSeries(actor, query));
}

export async function getArrSeries(actor: Actor, id: number) {
  return one(actor, await getSeries(actor, await entityIdOf("series", id)));
}

async function outside(actor: Actor, facts: SeriesFacts, seasons: SeasonFacts[]) {
  const [library] = await personaLibraries(actor, "sonarr");
  return toSeriesResource(facts, null, seasons, library);
}

async function byTmdbId(actor: Actor, tmdbId: number): Promise<SeriesResource | null> {
  const [inLibrary] = await allSeries(actor, { tmdbId });
  if (inLibrary) return one(actor, inLibrary);
  const meta = await withMetadata((p) => p.series(tmdbId)).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!meta) return null;
  const { facts, seasons } = factsOfMetadata(meta, seriesStatusOf(meta), seriesTypeOf(meta));
  return outside(actor, facts, seasons);
}

/** Mydia's TMDB id of the series a TVDB id names: the catalog's own record first, then TMDB's find. */
async function tmdbIdOfTvdb(actor: Actor, tvdbId: number): Promise<number | null> {
  const [known] = await allSeries(actor, { tvdbId });
  if (known) return known.tmdbId;
  const { series } = await withMetadata((p) => p.findByExternalId("tvdb", String(tvdbId)));
  return series[0] ?? null;
}

function factsOfSearchResult(result: SearchResult): SeriesFacts {
  return {
    tmdbId: result.tmdbId,
    tvdbId: null,
    imdbId: null,
    title: result.title,
    originalLanguage: null,
    year: result.year,
    overview: result.overview,
    status: "continuing",
    network: null,
    airTime: null,
    seriesType: "standard",
    runtime: null,
    genres: [],
    certification: null,
    rating: result.rating,
    votes: null,
    posterPath: result.posterPath,
    backdropPath: result.backdropPath,
    firstAiredAt: null,
  };
}

/** `series/lookup?term=`: "tvdb:121361", "tmdb:1399", "imdb:tt0944947", or words to search TMDB for. */
export async function lookupArrSeries(actor: Actor, term: string): Promise<SeriesResource[]> {
  const text = term.trim();
  const found = (resource: SeriesResource | null) => (resource ? [resource] : []);
  const tvdb = /^tvdb:\s*(\d+)$/i.exec(text);
  if (tvdb) {
    const tmdbId = await tmdbIdOfTvdb(actor, Number(tvdb[1]));
    return tmdbId === null ? [] : found(await byTmdbId(actor, tmdbId));
  }
  const tmdb = /^tmdb:\s*(\d+)$/i.exec(text);
  if (tmdb) return found(await byTmdbId(actor, Number(tmdb[1])));
  const imdb = /^(?:imdb:\s*)?(tt\d+)$/i.exec(text);
  if (imdb) {
    const { series } = await withMetadata((p) => p.findByExternalId("imdb", imdb[1]));
    return series.length ? found(await byTmdbId(actor, series[0])) : [];
  }
  if (!text) throw fieldError("term", "give a title, tvdb:ID, tmdb:ID or imdb:ID to look up");
  const page = await searchToAdd(actor, "tv", text);
  const inLibrary = new Set(page.results.filter((r) => r.inLibrary).map((r) => r.tmdbId));
  const known = new Map(
    (
      await resources(
        actor,
        (await allSeries(actor)).filter((s) => inLibrary.has(s.tmdbId)),
      )
    ).map((s) => [s.tmdbId, s]),
  );
  return Promise.all(page.results.map((r) => known.get(r.tmdbId) ?? outside(actor, factsOfSearchResult(r), [])));
}

/** Sonarr's monitor modes in Mydia's terms; "unknown" and "skip" leave the seasons' own flags to decide. */
const MONITOR: Record<string, SeriesMonitor | null> = {
  all: "all",
  future: "future",
  missing: "missing",
  existing: "existing",
  firstSeason: "firstSeason",
  lastSeason: "latestSeason",
  latestSeason: "latestSeason",
  pilot: "pilot",
  recent: "future",
  monitorSpecials: "all",
  unmonitorSpecials: "all",
  none: "none",
  unknown: null,
  skip: null,
};

const seasonBody = z.object({ seasonNumber: z.number().int(), monitored: z.boolean() });

/** The SeriesResource fields Mydia reads; a whole resource from lookup or GET is accepted, the rest ignored. */
export const seriesBody = z.object({
  id: z.number().int().optional(),
  tvdbId: z.number().int().nullish(),
  tmdbId: z.number().int().nullish(),
  qualityProfileId: z.number().int().nullish(),
  monitored: z.boolean().nullish(),
  monitorNewItems: z.enum(["all", "none"]).nullish(),
  seriesType: z.enum(["standard", "daily", "anime"]).nullish(),
  tags: z.array(z.number().int()).nullish(),
  rootFolderPath: z.string().nullish(),
  path: z.string().nullish(),
  seasons: z.array(seasonBody.loose()).nullish(),
  addOptions: z
    .object({
      monitor: z.enum(Object.keys(MONITOR) as [string, ...string[]]).nullish(),
      searchForMissingEpisodes: z.boolean().nullish(),
      searchForCutoffUnmetEpisodes: z.boolean().nullish(),
    })
    .nullish(),
});
export type SeriesBody = z.output<typeof seriesBody>;

async function tmdbIdOfBody(actor: Actor, body: SeriesBody): Promise<number> {
  if (body.tmdbId) return body.tmdbId;
  if (body.tvdbId) {
    const tmdbId = await tmdbIdOfTvdb(actor, body.tvdbId);
    if (tmdbId === null) throw fieldError("tvdbId", `TMDB knows no series with TVDB id ${body.tvdbId}`);
    return tmdbId;
  }
  throw fieldError("tvdbId", "give the series' tvdbId (or tmdbId)");
}

/** Seasons whose flag differs from what Mydia has: each is set (with its episodes), as Sonarr does. */
async function applySeasonFlags(actor: Actor, seriesId: string, wanted: SeriesBody["seasons"]) {
  if (!wanted?.length) return;
  const { seasons } = await seasonsAndEpisodesOf(actor, [seriesId]);
  for (const season of seasons.filter((s) => !s.removedAt)) {
    const flag = wanted.find((w) => w.seasonNumber === season.seasonNumber)?.monitored;
    if (flag !== undefined && flag !== season.monitored)
      await setSeasonMonitored(actor, seriesId, season.seasonNumber, flag);
  }
}

/**
 * POST series (Seerr's request flow): adds the series with the monitor mode, or, without one, with the
 * seasons' flags; the search options then search the monitored episodes through Mydia's automation.
 */
export async function addArrSeries(actor: Actor, body: SeriesBody) {
  const tmdbId = await tmdbIdOfBody(actor, body);
  const library = await libraryOf(actor, "sonarr", body);
  const mode = MONITOR[body.addOptions?.monitor ?? "unknown"];
  const series = await addSeries(
    actor,
    {
      tmdbId,
      libraryId: library?.id,
      qualityProfileId: await profileIdOf(body.qualityProfileId),
      monitored: body.monitored ?? true,
      monitor: mode ?? "all",
      monitorNewSeasons: body.monitorNewItems !== "none",
      seriesType: body.seriesType ?? undefined,
      tags: await tagLabelsOf(body.tags ?? []),
    },
    resolveLibrary,
  );
  if (mode === null) await applySeasonFlags(actor, series.id, body.seasons);
  if (body.addOptions?.searchForMissingEpisodes || body.addOptions?.searchForCutoffUnmetEpisodes)
    await runCommand(actor, { name: "SeriesSearch", seriesId: series.id });
  return one(actor, await getSeries(actor, series.id));
}

/** PUT series: the full resource back, seasons' monitored flags included; a new root folder moves the files. */
export async function updateArrSeries(actor: Actor, id: number | undefined, body: SeriesBody) {
  const arrId = id ?? body.id;
  if (!arrId) throw fieldError("id", "give the series' id");
  const seriesId = await entityIdOf("series", arrId);
  const current = await getSeries(actor, seriesId);
  const library = await libraryOf(actor, "sonarr", body);
  const changes: Record<string, unknown> = {};
  if (typeof body.monitored === "boolean") changes.monitored = body.monitored;
  if (body.monitorNewItems) changes.monitorNewSeasons = body.monitorNewItems === "all";
  if (body.seriesType) changes.seriesType = body.seriesType;
  if (body.tags) changes.tags = await tagLabelsOf(body.tags);
  const profile = await profileIdOf(body.qualityProfileId);
  if (profile) changes.qualityProfileId = profile;
  if (library && library.id !== current.libraryId) changes.libraryId = library.id;
  if (Object.keys(changes).length) await updateSeriesWithFiles(actor, seriesId, changes);
  await applySeasonFlags(actor, seriesId, body.seasons);
  return one(actor, await getSeries(actor, seriesId));
}

export async function deleteArrSeries(
  actor: Actor,
  id: number,
  query: { deleteFiles?: boolean; addImportListExclusion?: boolean },
): Promise<void> {
  await deleteSeries(actor, await entityIdOf("series", id), {
    deleteFiles: query.deleteFiles ?? false,
    addExclusion: query.addImportListExclusion ?? false,
  });
}

export const seriesEditorBody = z.object({
  seriesIds: z.array(z.number().int()).min(1, "name the series"),
  monitored: z.boolean().nullish(),
  monitorNewItems: z.enum(["all", "none"]).nullish(),
  qualityProfileId: z.number().int().nullish(),
  seriesType: z.enum(["standard", "daily", "anime"]).nullish(),
  seasonFolder: z.boolean().nullish(),
  rootFolderPath: z.string().nullish(),
  tags: z.array(z.number().int()).nullish(),
  applyTags: z.enum(["add", "remove", "replace"]).nullish(),
  moveFiles: z.boolean().nullish(),
  deleteFiles: z.boolean().nullish(),
  addImportListExclusion: z.boolean().nullish(),
});
export type SeriesEditorBody = z.output<typeof seriesEditorBody>;

const seriesIdsOf = (ids: number[]) => Promise.all(ids.map((id) => entityIdOf("series", id)));

/** PUT series/editor: Mydia's bulk edit (one transaction); answers the changed series. */
export async function editArrSeries(actor: Actor, body: SeriesEditorBody) {
  const ids = await seriesIdsOf(body.seriesIds);
  const changes: Record<string, unknown> = {};
  if (typeof body.monitored === "boolean") changes.monitored = body.monitored;
  if (body.monitorNewItems) changes.monitorNewSeasons = body.monitorNewItems === "all";
  if (body.seriesType) changes.seriesType = body.seriesType;
  const profile = await profileIdOf(body.qualityProfileId);
  if (profile) changes.qualityProfileId = profile;
  const library = await libraryOf(actor, "sonarr", { rootFolderPath: body.rootFolderPath });
  if (library) changes.libraryId = library.id;
  const tags = body.tags ? { mode: body.applyTags ?? "replace", values: await tagLabelsOf(body.tags) } : undefined;
  if (Object.keys(changes).length || tags) await bulkEditSeries(actor, { ids, changes, ...(tags ? { tags } : {}) });
  return resources(
    actor,
    (await allSeries(actor)).filter((s) => ids.includes(s.id)),
  );
}

export async function deleteArrSeriesBulk(actor: Actor, body: SeriesEditorBody): Promise<void> {
  await bulkRemoveSeries(actor, {
    ids: await seriesIdsOf(body.seriesIds),
    deleteFiles: body.deleteFiles ?? false,
    addExclusion: body.addImportListExclusion ?? false,
  });
}
