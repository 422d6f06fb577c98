import type { Actor } from "@/lib/accounts";
import {
  addMovie,
  addSeries,
  allMovies,
  allSeries,
  seasonsAndEpisodesOf,
  setEpisodesMonitoredBulk,
  setSeasonMonitored,
  type Series,
} from "@/lib/catalog";
import { addToBlocklist, createDownloadClientRecord } from "@/lib/downloads";
import { ConflictError } from "@/lib/errors";
import { createIndexer } from "@/lib/indexers";
import {
  attachExistingFiles,
  createLibrary,
  resolveLibrary,
  updateLibrary,
  type AttachExistingInput,
} from "@/lib/library";
import { createCustomFormat, createQualityProfile } from "@/lib/quality";
import type { ArrInstall } from "./arr-peer";
import type { ArrSeries } from "./arr-resources.schema";
import { movieMetadataOf, seriesMetadataOf } from "./metadata.mapper";
import type { ImportPlan, PlannedFile, Section } from "./plan";

export interface ImportFailure {
  section: Section;
  name: string;
  message: string;
}

export interface ImportOutcome {
  created: Record<Section, number>;
  failures: ImportFailure[];
}

export type Progress = (done: number, total: number, detail: string) => Promise<void>;

const FILE_BATCH = 500;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Writes a plan: libraries, formats, profiles, indexers, clients, naming, titles, then files, each
 * through its context's own service. Every step skips what exists (the plan was made against the
 * current state), so a run that stopped half-way is finished by running the import again.
 * One item failing is reported and the rest go on.
 */
export async function applyPlan(
  actor: Actor,
  plan: ImportPlan,
  install: ArrInstall,
  progress: Progress,
): Promise<ImportOutcome> {
  const created = Object.fromEntries(
    [
      "rootFolders",
      "tags",
      "customFormats",
      "qualityProfiles",
      "indexers",
      "downloadClients",
      "naming",
      "titles",
      "files",
      "blocklist",
    ].map((s) => [s, 0]),
  ) as Record<Section, number>;
  const failures: ImportFailure[] = [];
  const total =
    plan.libraries.length +
    plan.formats.length +
    plan.profiles.length +
    plan.indexers.length +
    plan.downloadClients.length +
    plan.movies.length +
    plan.series.length +
    Math.ceil(plan.files.length / FILE_BATCH) +
    (plan.blocklist.length ? 1 : 0);
  let done = 0;
  const step = async (section: Section, name: string, run: () => Promise<boolean>) => {
    try {
      if (await run()) created[section]++;
    } catch (error) {
      failures.push({ section, name, message: messageOf(error) });
    }
    await progress(++done, total, name);
  };

  const libraryIds = new Map<string, string>();
  const kind = plan.app === "radarr" ? "movie" : "tv";
  for (const library of plan.libraries)
    await step("rootFolders", library.path, async () => {
      if (library.existingId) {
        libraryIds.set(library.path, library.existingId);
        return false;
      }
      const made = await createLibrary(actor, { name: library.name, kind, path: library.path });
      libraryIds.set(library.path, made.id);
      if (plan.naming) {
        await updateLibrary(actor, made.id, { naming: plan.naming });
        created.naming++;
      }
      return true;
    });

  const formatIds = new Map<number, string>();
  for (const format of plan.formats)
    await step("customFormats", format.input?.name ?? String(format.arrId), async () => {
      if (format.existingId) {
        formatIds.set(format.arrId, format.existingId);
        return false;
      }
      formatIds.set(format.arrId, (await createCustomFormat(actor, format.input)).id);
      return true;
    });

  const profileIds = new Map<number, string>();
  for (const profile of plan.profiles)
    await step("qualityProfiles", profile.name, async () => {
      if (profile.existingId || !profile.input) {
        if (profile.existingId) profileIds.set(profile.arrId, profile.existingId);
        return false;
      }
      const formatScores = Object.fromEntries(
        Object.entries(profile.input.formatScores ?? {}).flatMap(([key, score]) => {
          const id = formatIds.get(Number(key.replace(/^arr:/, "")));
          return id ? [[id, score]] : [];
        }),
      );
      profileIds.set(profile.arrId, (await createQualityProfile(actor, { ...profile.input, formatScores })).id);
      return true;
    });

  for (const indexer of plan.indexers)
    await step("indexers", indexer.name, async () => {
      await createIndexer(actor, indexer);
      return true;
    });
  for (const client of plan.downloadClients)
    await step("downloadClients", client.name, async () => {
      await createDownloadClientRecord(actor, client);
      return true;
    });

  const tagsOf = (ids: readonly number[]) =>
    ids.map((id) => plan.tagLabels.get(id)).filter((label): label is string => !!label);
  const skipExisting = (error: unknown): null => {
    if (error instanceof ConflictError) return null;
    throw error;
  };

  for (const { movie, rootPath } of plan.movies)
    await step("titles", movie.title, () =>
      addMovie(
        actor,
        {
          tmdbId: movie.tmdbId,
          libraryId: libraryIds.get(rootPath),
          qualityProfileId: profileIds.get(movie.qualityProfileId),
          monitored: movie.monitored,
          minimumAvailability:
            movie.minimumAvailability === "tba"
              ? "announced"
              : movie.minimumAvailability === "deleted"
                ? "released"
                : movie.minimumAvailability,
          tags: tagsOf(movie.tags),
        },
        resolveLibrary,
        { metadata: movieMetadataOf(movie) },
      ).then(
        () => true,
        (error: unknown) => skipExisting(error) ?? false,
      ),
    );

  for (const { series, rootPath } of plan.series)
    await step("titles", series.title, async () => {
      const episodes = install.episodes.get(series.id) ?? [];
      const added = await addSeries(
        actor,
        {
          tmdbId: series.tmdbId!,
          libraryId: libraryIds.get(rootPath),
          qualityProfileId: profileIds.get(series.qualityProfileId),
          monitored: series.monitored,
          monitor: "all",
          monitorNewSeasons: series.monitorNewItems !== "none",
          seriesType: series.seriesType,
          tags: tagsOf(series.tags),
        },
        resolveLibrary,
        { metadata: seriesMetadataOf({ ...series, tmdbId: series.tmdbId! }, episodes) },
      ).catch(skipExisting);
      if (!added) return false;
      await copyMonitoring(actor, added, series, install);
      return true;
    });

  for (const [rootPath, files] of Map.groupBy(plan.files, (f) => f.rootPath)) {
    const libraryId = libraryIds.get(rootPath);
    for (let i = 0; i < files.length; i += FILE_BATCH) {
      const batch = files.slice(i, i + FILE_BATCH);
      await step("files", `${batch.length} files in ${rootPath}`, async () => {
        if (!libraryId) throw new Error(`No library for ${rootPath}`);
        const input = await attachInput(actor, plan, libraryId, batch, failures);
        const outcomes = await attachExistingFiles(actor, input);
        created.files += outcomes.filter((o) => o.status === "attached").length;
        for (const o of outcomes)
          if (o.status === "missing")
            failures.push({ section: "files", name: o.relativePath, message: "not found on disk" });
        return false;
      });
    }
  }
  if (plan.blocklist.length)
    await step("blocklist", `${plan.blocklist.length} blocklisted releases`, async () => {
      const movies = new Map((await allMovies(actor)).map((m) => [m.tmdbId, m.id]));
      const series = new Map((await allSeries(actor)).map((s) => [s.tmdbId, s.id]));
      for (const entry of plan.blocklist) {
        const movieId = entry.movieTmdbId ? movies.get(entry.movieTmdbId) : undefined;
        const seriesId = entry.seriesTmdbId ? series.get(entry.seriesTmdbId) : undefined;
        const added = await addToBlocklist(actor, {
          title: entry.title,
          protocol: entry.protocol,
          ...(entry.indexerName ? { indexerName: entry.indexerName } : {}),
          ...(movieId ? { movieId } : {}),
          ...(seriesId ? { seriesId } : {}),
          reason: entry.reason,
        }).then(
          () => true,
          (error: unknown) => skipExisting(error) ?? false,
        );
        if (added) created.blocklist++;
      }
      return false;
    });
  return { created, failures };
}

/** Seasons and episodes monitored as Sonarr had them (the series was added with every episode monitored). */
async function copyMonitoring(actor: Actor, added: Series, series: ArrSeries, install: ArrInstall) {
  for (const season of series.seasons)
    if (!season.monitored) await setSeasonMonitored(actor, added.id, season.seasonNumber, false);
  const wanted = new Map(
    (install.episodes.get(series.id) ?? []).map((e) => [`${e.seasonNumber}:${e.episodeNumber}`, e.monitored]),
  );
  const { episodes } = await seasonsAndEpisodesOf(actor, [added.id]);
  for (const monitored of [true, false]) {
    const ids = episodes
      .filter((e) => wanted.get(`${e.seasonNumber}:${e.episodeNumber}`) === monitored && e.monitored !== monitored)
      .map((e) => e.id);
    if (ids.length) await setEpisodesMonitoredBulk(actor, added.id, { episodeIds: ids, monitored });
  }
}

/** The batch with Mydia's ids of its movies or episodes; a file whose title or episodes are not in Mydia is a failure. */
async function attachInput(
  actor: Actor,
  plan: ImportPlan,
  libraryId: string,
  files: PlannedFile[],
  failures: ImportFailure[],
): Promise<AttachExistingInput> {
  const out: AttachExistingInput["files"] = [];
  const base = (f: PlannedFile) => ({
    relativePath: f.relativePath,
    quality: f.quality,
    releaseGroup: f.releaseGroup,
    edition: f.edition,
  });
  if (plan.app === "radarr") {
    const ids = new Map((await allMovies(actor)).map((m) => [m.tmdbId, m.id]));
    for (const f of files) {
      const movieId = "movieTmdbId" in f.owner ? ids.get(f.owner.movieTmdbId) : undefined;
      if (movieId) out.push({ ...base(f), target: { movieId } });
      else failures.push({ section: "files", name: f.relativePath, message: "its movie is not in Mydia" });
    }
    return { libraryId, files: out };
  }
  const series = new Map((await allSeries(actor)).map((s) => [s.tmdbId, s.id]));
  const wantedIds = [
    ...new Set(files.map((f) => ("seriesTmdbId" in f.owner ? series.get(f.owner.seriesTmdbId) : undefined))),
  ].filter((id): id is string => !!id);
  const { episodes } = await seasonsAndEpisodesOf(actor, wantedIds);
  const episodeId = new Map(episodes.map((e) => [`${e.seriesId}:${e.seasonNumber}:${e.episodeNumber}`, e.id]));
  for (const f of files) {
    if (!("seriesTmdbId" in f.owner)) continue;
    const seriesId = series.get(f.owner.seriesTmdbId);
    const ids = seriesId
      ? f.owner.episodes.map((e) => episodeId.get(`${seriesId}:${e.season}:${e.episode}`)).filter((id) => !!id)
      : [];
    if (seriesId && ids.length > 0 && ids.length === f.owner.episodes.length)
      out.push({ ...base(f), target: { seriesId, episodeIds: ids as string[] } });
    else failures.push({ section: "files", name: f.relativePath, message: "its series or episodes are not in Mydia" });
  }
  return { libraryId, files: out };
}
