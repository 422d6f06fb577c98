import { z } from "zod";
import { parsedReleaseSchema, type ParsedRelease } from "@/lib/indexers";
import { logger as rootLogger } from "@/lib/logger";
import { automationContext, type RunState } from "./automation-context";
import { grabBest, type Grabbed } from "./grab-best";
import { deletePending, insertPending, listPending, type PendingReleaseRow } from "./search-state.repo";
import type { JudgedSubject } from "./subject-context";

const logger = rootLogger.child({ context: "automation.pending" });

const judgedSubjectSchema = z.union([
  z.object({ movieId: z.string() }),
  z.object({ seriesId: z.string(), episodeIds: z.array(z.string()).optional(), season: z.number().int().optional() }),
]);

const pendingKeyOf = (subject: JudgedSubject): string =>
  subject.movieId
    ? `movie:${subject.movieId}`
    : `series:${subject.seriesId}:${[...(subject.episodeIds ?? [])].sort().join(",") || (subject.season ?? "all")}`;

/** Keeps releases a delay profile holds back, to judge them again when the delay has passed. */
export async function holdDelayed(
  subject: JudgedSubject,
  delayed: readonly { release: ParsedRelease; reason: string }[],
): Promise<void> {
  const subjectKey = pendingKeyOf(subject);
  const stored = subject.movieId
    ? { movieId: subject.movieId }
    : {
        seriesId: subject.seriesId!,
        ...(subject.episodeIds ? { episodeIds: [...subject.episodeIds] } : {}),
        ...(subject.season !== undefined ? { season: subject.season } : {}),
      };
  for (const { release, reason } of delayed) {
    await insertPending({
      subjectKey,
      guid: release.guid,
      subject: stored,
      release: release,
      reason,
    });
  }
}

export interface PendingSummary {
  /** Items with held releases that were judged again. */
  items: number;
  grabbed: Grabbed[];
  /** Releases still waiting for their delay. */
  waiting: number;
  /** Releases dropped: rejected for good now, or made pointless by a grab. */
  dropped: number;
}

/**
 * Judges held releases again, item by item: when the delay has passed the best of them is
 * grabbed (and the item's other held releases dropped); ones still delayed keep waiting; ones
 * rejected for another reason now (a better file arrived, blocklisted…) are dropped.
 */
export async function processPending(run: RunState): Promise<PendingSummary> {
  const summary: PendingSummary = { items: 0, grabbed: [], waiting: 0, dropped: 0 };
  const bySubject = Map.groupBy(await listPending(), (row) => row.subjectKey);
  for (const rows of bySubject.values()) {
    summary.items++;
    const subject = judgedSubjectSchema.safeParse(rows[0].subject);
    const releases = rows.flatMap((row) => {
      const parsed = parsedReleaseSchema.safeParse(row.release);
      return parsed.success ? [{ row, release: parsed.data }] : [];
    });
    const unreadable = rows.filter((row) => !releases.some((r) => r.row === row));
    if (!subject.success) {
      await drop(rows, summary);
      continue;
    }
    await drop(unreadable, summary);
    let loaded;
    try {
      loaded = await automationContext(subject.data, "automatic", run);
    } catch (error) {
      logger.warn({ err: error, subject: rows[0].subjectKey }, "held releases of an item that is gone are dropped");
      await drop(rows, summary);
      continue;
    }
    if (!loaded) {
      await drop(rows, summary);
      continue;
    }
    const round = await grabBest(
      loaded,
      releases.map((r) => r.release),
    );
    summary.grabbed.push(...round.grabbed);
    const stillDelayed = new Set(round.delayed.map((d) => d.release.guid));
    const keep = round.grabbed.length === 0 ? releases.filter((r) => stillDelayed.has(r.release.guid)) : [];
    summary.waiting += keep.length;
    await drop(
      releases.filter((r) => !keep.includes(r)).map((r) => r.row),
      summary,
    );
  }
  return summary;
}

async function drop(rows: readonly PendingReleaseRow[], summary: PendingSummary): Promise<void> {
  await deletePending(rows.map((r) => r.id));
  summary.dropped += rows.length;
}
