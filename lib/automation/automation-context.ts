import { systemActor } from "@/lib/accounts";
import { itemDownloadState, type ItemDownload } from "@/lib/downloads";
import { listIndexers } from "@/lib/indexers";
import { getLibrary } from "@/lib/library";
import { toExistingFile, type DecisionContext, type IndexerState, type QueuedItem } from "@/lib/quality";
import { decisionSettingsOf, type AutomationSettings } from "./settings";
import { subjectContext, type JudgedSubject, type SubjectContext } from "./subject-context";

/** Indexer priority, back-off and minimum seeders, read once per automation run. */
export async function indexerStates(): Promise<Record<string, IndexerState>> {
  const states: Record<string, IndexerState> = {};
  for (const indexer of await listIndexers(systemActor)) {
    const until = indexer.status.disabledUntil ? Date.parse(indexer.status.disabledUntil) : null;
    states[indexer.id] = {
      name: indexer.name,
      priority: indexer.priority,
      disabledUntil: until,
      minimumSeeders: indexer.minimumSeeders,
    };
  }
  return states;
}

/** A download on its way, judged like a file on disk: what it will bring when imported. */
function queuedItem(
  download: ItemDownload,
  loaded: SubjectContext,
  keyOfEpisode: ReadonlyMap<string, string>,
): QueuedItem {
  const episodeKeys = download.episodeIds.flatMap((id) => keyOfEpisode.get(id) ?? []);
  const judged = toExistingFile(
    { relativePath: `${download.title}.mkv`, size: download.size ?? 0, quality: null, releaseGroup: null },
    loaded.ctx,
    loaded.hints,
  );
  return {
    title: download.title,
    guid: download.guid,
    qualityId: judged.qualityId,
    revision: judged.revision,
    formatScore: judged.formatScore,
    ...(episodeKeys.length ? { episodeKeys } : {}),
  };
}

export interface RunState {
  now: number;
  settings: AutomationSettings;
  indexers: Record<string, IndexerState>;
}

/**
 * The decision context of an automatic search or RSS sync: the item's profile, files and target
 * (subjectContext) plus what the downloads context knows (queue, grab history, blocklist), the
 * indexers' back-off and the free space of the item's library folder. Null for a subject with nothing to judge against.
 */
export async function automationContext(
  subject: JudgedSubject,
  source: DecisionContext["source"],
  run: RunState,
): Promise<SubjectContext | null> {
  const loaded = await subjectContext(systemActor, subject, {
    source,
    now: run.now,
    outside: { indexers: run.indexers, settings: decisionSettingsOf(run.settings) },
  });
  if (!loaded) return null;
  const { target } = loaded.ctx;
  const state = await itemDownloadState(
    target.kind === "movie" ? { movieId: target.id } : { seriesId: target.id },
    new Date(run.now),
  );
  const keyOfEpisode = new Map([...loaded.episodeIdByKey].map(([key, id]) => [id, key]));
  const queue = state.active.map((d) => queuedItem(d, loaded, keyOfEpisode));
  const blocklist = state.blocklist.map((b) => ({ ...b, size: null }));
  // Where the files end up: the library folder's disk (with hardlinked torrents, usually the download disk too).
  const library = await getLibrary(systemActor, loaded.libraryId).catch(() => null);
  const freeSpaceBytes = library?.space?.freeBytes ?? null;
  return { ...loaded, ctx: { ...loaded.ctx, queue, grabbed: state.grabbed, blocklist, freeSpaceBytes } };
}
