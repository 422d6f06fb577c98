import { assertCan, type Actor } from "@/lib/accounts";
import {
  episodeState,
  episodeStatusRows,
  progressKind,
  progressOf,
  type EpisodeState,
  type Progress,
  type ProgressKind,
  type SeriesStatus,
} from "@/lib/catalog";
import { moviesWithVideo, presentEpisodeIds } from "./media-files.repo";

export interface SeriesProgress {
  progress: Progress;
  kind: ProgressKind;
}

/**
 * Episode counts and the bar colour of each series (the TV grid): the catalog's episodes, this
 * context's files, and the episodes with a download on their way (lib/downloads, from the caller).
 */
export async function seriesProgress(
  actor: Actor,
  series: { id: string; monitored: boolean; status: SeriesStatus }[],
  downloading: ReadonlySet<string> = new Set(),
  now = new Date(),
): Promise<Map<string, SeriesProgress>> {
  assertCan(actor, "browse");
  const ids = series.map((s) => s.id);
  const [episodes, present] = await Promise.all([episodeStatusRows(ids), presentEpisodeIds({ seriesIds: ids })]);
  const states = new Map<string, EpisodeState[]>(ids.map((id) => [id, []]));
  for (const e of episodes)
    states
      .get(e.seriesId)
      ?.push(episodeState({ ...e, hasFile: present.has(e.id), downloading: downloading.has(e.id) }, now));
  return new Map(
    series.map((s) => {
      const progress = progressOf(states.get(s.id) ?? []);
      return [s.id, { progress, kind: progressKind(progress, s.monitored, s.status) }];
    }),
  );
}

/** Which of these episodes have a video file on disk (the calendar). */
export async function episodesWithFiles(actor: Actor, episodeIds: string[]): Promise<Set<string>> {
  assertCan(actor, "browse");
  return presentEpisodeIds({ episodeIds });
}

/** Which of these movies have a video file on disk (the Movies grid, the calendar). */
export async function moviesWithFiles(actor: Actor, movieIds: string[]): Promise<Set<string>> {
  assertCan(actor, "browse");
  return moviesWithVideo(movieIds);
}
