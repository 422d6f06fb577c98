import type { Actor } from "@/lib/accounts";
import { listHistory, type HistoryItem } from "@/lib/downloads";
import { arrIdsOf, maybeEntityIdOf } from "../ids";
import type { Persona } from "../persona";
import { mydiaEventsOf, toArrHistoryRecord } from "./history.mapper";
import type { PageQuery, PagingResource } from "./paging";
import { arrDownloadId } from "./queue.mapper";

type HistoryFilter = Parameters<typeof listHistory>[1] & {};
const PAGE = 500;

/** Every entry that matches, newest first (or oldest first): page after page of Mydia's history. */
async function allHistory(actor: Actor, filter: HistoryFilter): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  for (let page = 1; ; page++) {
    const result = await listHistory(actor, { ...filter, page, pageSize: PAGE });
    items.push(...result.items);
    if (items.length >= result.total || result.items.length < PAGE) return items;
  }
}

async function toRecords(actor: Actor, persona: Persona, items: HistoryItem[]) {
  const [historyIds, movieIds, seriesIds, episodeIds] = await Promise.all([
    arrIdsOf(
      "history",
      items.map((i) => i.id),
    ),
    arrIdsOf(
      "movie",
      items.flatMap((i) => (i.movieId ? [i.movieId] : [])),
    ),
    arrIdsOf(
      "series",
      items.flatMap((i) => (i.seriesId ? [i.seriesId] : [])),
    ),
    arrIdsOf(
      "episode",
      items.flatMap((i) => i.episodeIds.slice(0, 1)),
    ),
  ]);
  return items.map((item) =>
    toArrHistoryRecord(persona, item, {
      id: historyIds.get(item.id)!,
      movieId: item.movieId ? (movieIds.get(item.movieId) ?? 0) : 0,
      seriesId: item.seriesId ? (seriesIds.get(item.seriesId) ?? 0) : 0,
      // Sonarr keeps a record per episode; Mydia one per download: its first episode stands for it.
      episodeId: item.episodeIds[0] ? (episodeIds.get(item.episodeIds[0]) ?? 0) : 0,
    }),
  );
}

const uuidsOf = async (kind: "movie" | "series" | "episode", ids: readonly number[]) =>
  (await Promise.all(ids.map((id) => maybeEntityIdOf(kind, id)))).filter((id): id is string => id !== null);

export interface HistoryQuery extends PageQuery {
  eventType?: (string | number)[];
  downloadId?: string;
  movieIds?: number[];
  seriesIds?: number[];
  episodeId?: number;
}

/** GET history: the persona's entries (movies for Radarr, series for Sonarr), newest first. */
export async function arrHistoryPage(
  actor: Actor,
  persona: Persona,
  query: HistoryQuery,
): Promise<PagingResource<Awaited<ReturnType<typeof toRecords>>[number]>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 10;
  const ascending = query.sortDirection === "ascending";
  const events = query.eventType?.length ? query.eventType.flatMap((t) => mydiaEventsOf(persona, t)) : undefined;
  const titleIds = persona === "radarr" ? query.movieIds : query.seriesIds;
  const base: HistoryFilter = {
    kind: persona === "radarr" ? "movie" : "series",
    order: ascending ? "oldest" : "newest",
    ...(events?.length ? { events } : {}),
  };
  const empty =
    (events && events.length === 0) ||
    (titleIds?.length && !(await uuidsOf(persona === "radarr" ? "movie" : "series", titleIds)).length);
  const frame = {
    page,
    pageSize,
    sortKey: query.sortKey ?? "date",
    sortDirection: query.sortDirection ?? "descending",
  } as const;
  if (empty) return { ...frame, totalRecords: 0, records: [] };

  const needsMemory = !!query.downloadId || (titleIds?.length ?? 0) > 1 || query.episodeId !== undefined;
  if (!needsMemory) {
    const titleId = titleIds?.length
      ? (await uuidsOf(persona === "radarr" ? "movie" : "series", titleIds))[0]
      : undefined;
    const result = await listHistory(actor, {
      ...base,
      ...(titleId ? (persona === "radarr" ? { movieId: titleId } : { seriesId: titleId }) : {}),
      page,
      pageSize,
    });
    return { ...frame, totalRecords: result.total, records: await toRecords(actor, persona, result.items) };
  }
  const titles = new Set(titleIds?.length ? await uuidsOf(persona === "radarr" ? "movie" : "series", titleIds) : []);
  const episode = query.episodeId !== undefined ? await maybeEntityIdOf("episode", query.episodeId) : null;
  const matching = (await allHistory(actor, base)).filter(
    (item) =>
      (!titles.size || titles.has((persona === "radarr" ? item.movieId : item.seriesId) ?? "")) &&
      (query.episodeId === undefined || (episode !== null && item.episodeIds.includes(episode))) &&
      (!query.downloadId ||
        (item.clientItemId !== null &&
          item.protocol !== null &&
          arrDownloadId(item.protocol, item.clientItemId).toLowerCase() === query.downloadId.toLowerCase())),
  );
  const slice = matching.slice((page - 1) * pageSize, page * pageSize);
  return { ...frame, totalRecords: matching.length, records: await toRecords(actor, persona, slice) };
}

/** history/movie (Radarr) and history/series (Sonarr): every entry of one title, newest first. */
export async function arrTitleHistory(
  actor: Actor,
  persona: Persona,
  titleId: number,
  options: { eventType?: string | number; seasonNumber?: number } = {},
) {
  const uuid = await maybeEntityIdOf(persona === "radarr" ? "movie" : "series", titleId);
  if (!uuid) return [];
  const events = options.eventType !== undefined ? mydiaEventsOf(persona, options.eventType) : undefined;
  if (events && events.length === 0) return [];
  const items = await allHistory(actor, {
    ...(persona === "radarr" ? { movieId: uuid } : { seriesId: uuid }),
    ...(events ? { events } : {}),
  });
  const inSeason =
    options.seasonNumber === undefined
      ? items
      : items.filter(
          (item) =>
            item.subject?.kind === "series" &&
            item.subject.episodes.some((e) => e.seasonNumber === options.seasonNumber),
        );
  return toRecords(actor, persona, inSeason);
}

/** history/since: the persona's entries from a moment on, oldest first. */
export async function arrHistorySince(actor: Actor, persona: Persona, since: Date, eventType?: string | number) {
  const events = eventType !== undefined ? mydiaEventsOf(persona, eventType) : undefined;
  if (events && events.length === 0) return [];
  const items = await allHistory(actor, {
    kind: persona === "radarr" ? "movie" : "series",
    since,
    order: "oldest",
    ...(events ? { events } : {}),
  });
  return toRecords(actor, persona, items);
}
