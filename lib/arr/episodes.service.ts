import { z } from "zod";
import type { Actor } from "@/lib/accounts";
import {
  episodesById,
  getSeries,
  seasonsAndEpisodesOf,
  setEpisodesMonitoredBulk,
  updateEpisode,
  type Episode,
} from "@/lib/catalog";
import { fieldError, NotFoundError } from "@/lib/errors";
import { getMediaFile } from "@/lib/library";
import { episodeFilesOfSeries } from "./files.service";
import { arrIdsOf, entityIdOf, maybeEntityIdOf } from "./ids";
import { arrQuery } from "./route-table";
import { getArrSeries } from "./series.service";
import { dateTime } from "./title-common";

/** Sonarr's episode endpoints over the catalog's episodes and the library's files. */
export const episodeQuery = z.object({
  seriesId: arrQuery.int().optional(),
  seasonNumber: arrQuery.int().optional(),
  episodeIds: arrQuery.intList().optional(),
  episodeFileId: arrQuery.int().optional(),
  includeSeries: arrQuery.bool().optional(),
  includeEpisodeFile: arrQuery.bool().optional(),
  includeImages: arrQuery.bool().optional(),
});
export type EpisodeQuery = z.output<typeof episodeQuery>;

async function resources(actor: Actor, episodes: Episode[], options: { file: boolean; series: boolean }) {
  const live = episodes.filter((e) => !e.removedAt);
  const seriesIds = [...new Set(live.map((e) => e.seriesId))];
  const [ids, seriesArrIds, files] = await Promise.all([
    arrIdsOf(
      "episode",
      live.map((e) => e.id),
    ),
    arrIdsOf("series", seriesIds),
    episodeFilesOfSeries(actor, seriesIds),
  ]);
  const fileOf = new Map<string, (typeof files)[number]>();
  for (const entry of files) for (const episodeId of entry.file.episodeIds) fileOf.set(episodeId, entry);
  const seriesResources = new Map<string, unknown>();
  if (options.series)
    for (const id of seriesIds) seriesResources.set(id, await getArrSeries(actor, seriesArrIds.get(id)!));
  return live.map((episode) => {
    const file = fileOf.get(episode.id);
    return {
      id: ids.get(episode.id)!,
      seriesId: seriesArrIds.get(episode.seriesId)!,
      tvdbId: 0,
      episodeFileId: file?.resource.id ?? 0,
      seasonNumber: episode.seasonNumber,
      episodeNumber: episode.episodeNumber,
      title: episode.title ?? "TBA",
      airDate: episode.airDate,
      airDateUtc: dateTime(episode.airDateUtc),
      runtime: episode.runtime ?? 0,
      overview: episode.overview,
      ...(options.file && file ? { episodeFile: file.resource } : {}),
      hasFile: !!file,
      monitored: episode.monitored,
      absoluteEpisodeNumber: episode.absoluteNumber,
      unverifiedSceneNumbering: false,
      ...(options.series ? { series: seriesResources.get(episode.seriesId) } : {}),
      images: [],
    };
  });
}

/** `episode?seriesId=` (with seasonNumber), `episode?episodeIds=`, or `episode?episodeFileId=`. */
export async function listArrEpisodes(actor: Actor, query: EpisodeQuery) {
  const options = { file: query.includeEpisodeFile ?? false, series: query.includeSeries ?? false };
  if (query.seriesId !== undefined) {
    const seriesId = await entityIdOf("series", query.seriesId);
    await getSeries(actor, seriesId);
    const { episodes } = await seasonsAndEpisodesOf(actor, [seriesId]);
    const wanted = episodes.filter((e) => query.seasonNumber === undefined || e.seasonNumber === query.seasonNumber);
    return resources(actor, wanted, options);
  }
  if (query.episodeIds?.length) return resources(actor, await episodesOf(actor, query.episodeIds), options);
  if (query.episodeFileId !== undefined) {
    const fileId = await maybeEntityIdOf("episodefile", query.episodeFileId);
    if (fileId === null) return [];
    const file = await getMediaFile(actor, fileId);
    return resources(actor, await episodesById(actor, file.episodeIds), options);
  }
  throw fieldError("seriesId", "give seriesId, episodeIds or episodeFileId");
}

/** Ids that name no episode are left out, as Sonarr does. */
async function episodesOf(actor: Actor, ids: number[]): Promise<Episode[]> {
  const entityIds = (await Promise.all(ids.map((id) => maybeEntityIdOf("episode", id)))).filter(
    (id): id is string => id !== null,
  );
  return episodesById(actor, entityIds);
}

export async function getArrEpisode(actor: Actor, id: number) {
  const [episode] = await episodesById(actor, [await entityIdOf("episode", id)]);
  if (!episode || episode.removedAt) throw new NotFoundError(`No episode with id ${id}`);
  return (await resources(actor, [episode], { file: true, series: true }))[0];
}

export const episodeBody = z.object({ monitored: z.boolean() });

/** PUT episode/{id}: only `monitored` changes (the rest of Sonarr's resource is metadata). */
export async function updateArrEpisode(actor: Actor, id: number, body: z.output<typeof episodeBody>) {
  await updateEpisode(actor, await entityIdOf("episode", id), { monitored: body.monitored });
  return getArrEpisode(actor, id);
}

export const episodesMonitoredBody = z.object({
  episodeIds: z.array(z.number().int()).min(1, "name the episodes"),
  monitored: z.boolean(),
});

/** PUT episode/monitor: Seerr re-monitors the requested seasons' episodes this way. */
export async function monitorArrEpisodes(actor: Actor, body: z.output<typeof episodesMonitoredBody>): Promise<void> {
  const ids = await Promise.all(body.episodeIds.map((id) => entityIdOf("episode", id)));
  const episodes = await episodesById(actor, ids);
  for (const [seriesId, ofSeries] of Map.groupBy(episodes, (e) => e.seriesId))
    await setEpisodesMonitoredBulk(actor, seriesId, {
      episodeIds: ofSeries.map((e) => e.id),
      monitored: body.monitored,
    });
}
