import { assertCan, systemActor, type Actor } from "@/lib/accounts";
import {
  addMovie,
  addSeries,
  listEpisodes,
  setEpisodesMonitoredBulk,
  setSeasonMonitored,
  updateMovie,
  updateSeries,
} from "@/lib/catalog";
import { tx } from "@/lib/db";
import { ConflictError, parseInput } from "@/lib/errors";
import { sendJob } from "@/lib/jobs";
import { resolveLibrary } from "@/lib/library";
import { announceUpdated } from "./announce";
import { availabilityOf, inScope, wantedEpisodes } from "./availability";
import { approveRequestInput, bulkDecisionInput, declineRequestInput, type ApproveRequestInput } from "./request.input";
import { findRequestRow, moveStatus, requesterRows, updateRequestRow, type RequestRow } from "./requests.repo";
import { visibleRequestRow } from "./access";
import type { RequestView } from "./request.view";
import { toViews } from "./view";

const SEARCH_BATCH = 500;

async function audienceOf(id: string): Promise<string[]> {
  return (await requesterRows([id])).map((r) => r.userId);
}

/**
 * Puts the requested title in the catalog (or completes it there), monitoring only what was asked
 * for, and queues searches for what is missing. Returns whether anything is being searched for.
 * The catalog's own functions do the work (as the system: the approval itself was authorized).
 */
async function placeInCatalog(row: RequestRow, choice: ApproveRequestInput): Promise<boolean> {
  const options = parseInput(approveRequestInput, choice);
  const [a] = await availabilityOf([row]);
  const place = { libraryId: options.libraryId, qualityProfileId: options.qualityProfileId };
  if (row.mediaType === "movie") {
    let movieId = a.catalogId;
    if (!movieId)
      movieId = (
        await addMovie(systemActor, { tmdbId: row.tmdbId, ...place, monitored: options.monitored }, resolveLibrary)
      ).id;
    else if (options.monitored) await updateMovie(systemActor, movieId, { monitored: true }, resolveLibrary);
    if (!options.monitored || a.present.length > 0) return false;
    await sendJob("automation.search", { movieId, trigger: "user" });
    return true;
  }

  let seriesId = a.catalogId;
  if (!seriesId)
    seriesId = (
      await addSeries(
        systemActor,
        { tmdbId: row.tmdbId, ...place, monitored: options.monitored, monitor: row.scope.whole ? "all" : "none" },
        resolveLibrary,
      )
    ).id;
  else if (options.monitored) await updateSeries(systemActor, seriesId, { monitored: true }, resolveLibrary);
  if (!options.monitored) return false;
  // Whole seasons are monitored as seasons (their future episodes too); single episodes one by one.
  const all = await listEpisodes(systemActor, seriesId);
  const known = new Set(all.map((e) => e.seasonNumber));
  const seasons = row.scope.whole ? [] : row.scope.seasons.filter((n) => known.has(n));
  for (const season of seasons) await setSeasonMonitored(systemActor, seriesId, season, true);
  const asked = all.filter((e) => !e.removedAt && inScope(row.scope, e) && !e.monitored).map((e) => e.id);
  if (asked.length > 0) await setEpisodesMonitoredBulk(systemActor, seriesId, { episodeIds: asked, monitored: true });
  const present = new Set(a.present);
  const missing = (await wantedEpisodes(seriesId, row.scope)).map((e) => e.id).filter((id) => !present.has(id));
  for (let i = 0; i < missing.length; i += SEARCH_BATCH)
    await sendJob("automation.search", { episodeIds: missing.slice(i, i + SEARCH_BATCH), trigger: "user" });
  return missing.length > 0;
}

/** Approves a pending (or declined) request: approved, then searching once its searches are queued. */
export async function approveRow(row: RequestRow, choice: ApproveRequestInput, deciderId: string | null) {
  if (row.status !== "pending" && row.status !== "declined")
    throw new ConflictError(`The request for ${row.title} is already ${row.status}`);
  const audience = await audienceOf(row.id);
  const approved = await tx(async (t) => {
    const updated = await updateRequestRow(
      row.id,
      {
        status: "approved",
        declineReason: null,
        decidedBy: deciderId,
        decidedAt: new Date(),
        libraryId: choice.libraryId ?? null,
        qualityProfileId: choice.qualityProfileId ?? null,
      },
      t,
    );
    if (!updated) throw new ConflictError("That request was just deleted");
    await announceUpdated(updated, audience, deciderId, t);
    return updated;
  });
  let searching: boolean;
  try {
    searching = await placeInCatalog(approved, choice);
  } catch (error) {
    // The approval stands only if the title could be placed: back to pending, with the reason for the approver.
    await updateRequestRow(row.id, { status: row.status, decidedBy: null, decidedAt: null });
    await announceUpdated({ ...approved, status: row.status }, audience, deciderId);
    throw error;
  }
  if (searching && (await moveStatus(row.id, "approved", { status: "searching", progress: null })))
    await announceUpdated({ ...approved, status: "searching", progress: null }, audience, deciderId);
}

export async function approveRequest(actor: Actor, id: string, input: unknown = {}): Promise<RequestView> {
  assertCan(actor, "admin");
  const choice = parseInput(approveRequestInput, input);
  const row = await visibleRequestRow(actor, id);
  await approveRow(row, choice, actor.kind === "user" ? actor.userId : null);
  const [view] = await toViews([(await findRequestRow(id))!]);
  return view;
}

export async function declineRequest(actor: Actor, id: string, input: unknown): Promise<RequestView> {
  assertCan(actor, "admin");
  const { reason } = parseInput(declineRequestInput, input);
  const row = await visibleRequestRow(actor, id);
  if (row.status !== "pending") throw new ConflictError(`The request for ${row.title} is already ${row.status}`);
  const audience = await audienceOf(id);
  const deciderId = actor.kind === "user" ? actor.userId : null;
  const declined = await tx(async (t) => {
    const updated = await updateRequestRow(
      id,
      { status: "declined", declineReason: reason, decidedBy: deciderId, decidedAt: new Date() },
      t,
    );
    if (!updated) throw new ConflictError("That request was just deleted");
    await announceUpdated(updated, audience, deciderId, t);
    return updated;
  });
  const [view] = await toViews([declined]);
  return view;
}

export interface BulkDecisionResult {
  id: string;
  ok: boolean;
  message: string | null;
}

/** Approves or declines several requests; each one succeeds or fails on its own. */
export async function decideRequests(actor: Actor, input: unknown): Promise<BulkDecisionResult[]> {
  assertCan(actor, "admin");
  const parsed = parseInput(bulkDecisionInput, input);
  const results: BulkDecisionResult[] = [];
  for (const id of parsed.ids) {
    try {
      if (parsed.decision === "approve") {
        const { libraryId, qualityProfileId, monitored } = parsed;
        await approveRequest(actor, id, { libraryId, qualityProfileId, monitored });
      } else await declineRequest(actor, id, { reason: parsed.reason });
      results.push({ id, ok: true, message: null });
    } catch (error) {
      results.push({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
