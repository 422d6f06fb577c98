import { assertCan, type Actor } from "@/lib/accounts";
import { releaseStates } from "@/lib/downloads";
import {
  queryForSubject,
  rememberReleases,
  searchReleases,
  type IndexerOutcome,
  type ParsedRelease,
  type SearchSubject,
} from "@/lib/indexers";
import { logger as rootLogger } from "@/lib/logger";
import { episodeKey } from "@/lib/quality";
import { judgeReleases } from "./decisions.service";
import type {
  InteractiveDecision,
  InteractiveRelease,
  InteractiveSearchEvent,
  InteractiveSearchResult,
} from "./interactive-search.schemas";
import { subjectContext, type SubjectContext } from "./subject-context";

const logger = rootLogger.child({ context: "automation.interactive" });
const keyOf = (r: { indexerId: string; guid: string }) => `${r.indexerId}\u0000${r.guid}`;

/** Full releases stay on the server (cached for the grab); what leaves carries an id and its state instead of links. */
async function present(actor: Actor, releases: readonly ParsedRelease[]): Promise<InteractiveRelease[]> {
  const [shown, states] = await Promise.all([rememberReleases(releases), releaseStates(actor, releases)]);
  return shown.map((release, i) => ({ ...release, state: states[i] }));
}

/** Judges the full releases, then names each verdict's release by the id it was shown with. */
function decide(
  judged: SubjectContext,
  releases: readonly ParsedRelease[],
  shown: ReadonlyMap<string, InteractiveRelease>,
): InteractiveDecision[] {
  return judgeReleases(judged, releases).flatMap((decision) => {
    const release = shown.get(keyOf(decision));
    if (!release) return [];
    const episodeIds = decision.episodes.flatMap(
      (e) => judged.episodeIdByKey.get(episodeKey(e.season, e.episode)) ?? [],
    );
    return [{ ...decision, guid: release.guid, releaseId: release.id, episodeIds }];
  });
}

/**
 * Interactive search as events (started, results, failed, skipped, decisions, done) as each
 * indexer answers, so the page shows the fast ones while the slow ones still work. For a catalog
 * item, a `decisions` event just before `done` judges every release against the item's quality
 * profile and files on disk. Checks the role and the subject before returning, so the caller can
 * still answer with an error status.
 */
export async function startInteractiveSearch(
  actor: Actor,
  subject: SearchSubject,
  options: { signal?: AbortSignal } = {},
): Promise<AsyncGenerator<InteractiveSearchEvent>> {
  assertCan(actor, "manage");
  const query = await queryForSubject(actor, subject);
  const judged = await subjectContext(actor, subject);
  const events = searchReleases(actor, query, { mode: "interactive", signal: options.signal });
  return (async function* run(): AsyncGenerator<InteractiveSearchEvent> {
    const releases: ParsedRelease[] = [];
    const shown = new Map<string, InteractiveRelease>();
    try {
      for await (const event of events) {
        if (event.type === "results") {
          const presented = await present(actor, event.releases);
          releases.push(...event.releases);
          event.releases.forEach((release, i) => shown.set(keyOf(release), presented[i]));
          yield { ...event, releases: presented };
          continue;
        }
        if (event.type === "done" && judged) {
          try {
            yield { type: "decisions", decisions: decide(judged, releases, shown) };
          } catch (error) {
            logger.error({ err: error }, "release decisions failed");
            yield {
              type: "decisions-failed",
              message: error instanceof Error ? error.message : "could not judge the releases",
            };
          }
        }
        yield event;
      }
    } catch (error) {
      logger.error({ err: error }, "release search stream failed");
      yield { type: "error", message: error instanceof Error ? error.message : "search failed" };
    } finally {
      await events.return(undefined);
    }
  })();
}

/** The same search gathered into one answer (GET /api/v1/releases). */
export async function interactiveSearch(
  actor: Actor,
  subject: SearchSubject,
  options: { signal?: AbortSignal } = {},
): Promise<InteractiveSearchResult> {
  const result: InteractiveSearchResult = { releases: [], indexers: [], elapsedMs: 0, duplicates: 0, decisions: null };
  const outcome = (
    indexer: { id: string; name: string },
    rest: Omit<IndexerOutcome, "indexerId" | "indexerName">,
  ): IndexerOutcome => ({ indexerId: indexer.id, indexerName: indexer.name, ...rest });
  for await (const event of await startInteractiveSearch(actor, subject, options)) {
    if (event.type === "results") {
      result.releases.push(...event.releases);
      result.indexers.push(
        outcome(event.indexer, {
          status: "ok",
          results: event.releases.length,
          message: null,
          elapsedMs: event.elapsedMs,
        }),
      );
    } else if (event.type === "failed") {
      result.indexers.push(
        outcome(event.indexer, { status: "failed", results: 0, message: event.message, elapsedMs: event.elapsedMs }),
      );
    } else if (event.type === "skipped") {
      result.indexers.push(
        outcome(event.indexer, { status: "skipped", results: 0, message: event.reason, elapsedMs: null }),
      );
    } else if (event.type === "decisions") {
      result.decisions = event.decisions;
    } else if (event.type === "decisions-failed" || event.type === "error") {
      throw new Error(event.message);
    } else if (event.type === "done") {
      result.elapsedMs = event.elapsedMs;
      result.duplicates = event.duplicates;
    }
  }
  return result;
}
