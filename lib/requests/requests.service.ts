import { actorId, assertCan, can, type Actor } from "@/lib/accounts";
import { tx } from "@/lib/db";
import type { RequestMediaType, RequestScope } from "@/lib/db/types";
import { ConflictError, NotFoundError, parseInput } from "@/lib/errors";
import { publish } from "@/lib/events";
import { withMetadata, type SeriesMetadata } from "@/lib/metadata";
import { announceCreated, announceUpdated } from "./announce";
import { availabilityOf, isAvailable } from "./availability";
import { approveRow } from "./approval";
import { assertWithinQuota } from "./quota";
import { createRequestInput, listRequestsQuery } from "./request.input";
import type { RequestView } from "./request.view";
import {
  deleteRequestRow,
  findRequestByTitle,
  insertRequestRow,
  listRequestRows,
  removeRequester,
  requesterRows,
  updateRequestRow,
  upsertRequester,
} from "./requests.repo";
import { mergeScopes, seasonsOf, seriesScope, WHOLE } from "./scope";
import { autoApproves, readRequestSettings } from "./settings";
import { toViews } from "./view";
import { asUser, seesAllRequests, visibleRequestRow } from "./access";

async function titleFacts(mediaType: RequestMediaType, tmdbId: number) {
  if (mediaType === "movie") {
    const meta = await withMetadata((p) => p.movie(tmdbId));
    return { title: meta.title, year: meta.year, posterPath: meta.posterPath, series: null };
  }
  const meta = await withMetadata((p) => p.series(tmdbId));
  return { title: meta.title, year: meta.year, posterPath: meta.posterPath, series: meta };
}

/** What of the asked scope the request does not cover yet: the seasons a join adds count against the quota. */
function addedSeasons(existing: RequestScope | null, asked: RequestScope, meta: SeriesMetadata): number {
  const before = new Set(existing ? seasonsOf(existing, meta) : []);
  return seasonsOf(asked, meta).filter((n) => !before.has(n)).length;
}

/**
 * A user asks for a movie, a whole series, seasons or episodes. One request per title: asking for a
 * title someone already asked for joins that request (adding what it did not cover). What the
 * library already has is not asked for again; a title complete in the library is refused.
 */
export async function createRequest(actor: Actor, input: unknown): Promise<RequestView> {
  assertCan(actor, "request");
  const user = asUser(actor);
  const asked = parseInput(createRequestInput, input);
  const facts = await titleFacts(asked.mediaType, asked.tmdbId);
  const scope = facts.series ? seriesScope(facts.series, asked) : WHOLE;

  const [now] = await availabilityOf([{ mediaType: asked.mediaType, tmdbId: asked.tmdbId, scope }]);
  if (isAvailable(now))
    throw new ConflictError(`${facts.title} is already in the library: nothing to request`, {
      href: asked.mediaType === "movie" ? `/movies/${now.catalogId}` : `/tv/${now.catalogId}`,
    });

  const existing = await findRequestByTitle(asked.mediaType, asked.tmdbId);
  const joined = existing && existing.status !== "declined";
  const merged = joined ? mergeScopes(existing.scope, scope) : scope;
  const cost = {
    movies: asked.mediaType === "movie" && !joined ? 1 : 0,
    seasons: facts.series ? addedSeasons(joined ? existing.scope : null, scope, facts.series) : 0,
  };
  const settings = await readRequestSettings();
  if (!can(user.role, "manage")) await assertWithinQuota(settings, user.userId, cost);

  // A declined title asked for again, or more of a decided one, goes back to the approvers.
  const widened = !!joined && JSON.stringify(merged) !== JSON.stringify(existing.scope);
  const reopen = !!existing && (existing.status === "declined" || (existing.status !== "pending" && widened));
  const row = await tx(async (t) => {
    const saved = existing
      ? await updateRequestRow(
          existing.id,
          {
            scope: merged,
            ...(reopen ? { status: "pending" as const, declineReason: null, progress: null, decidedAt: null } : {}),
          },
          t,
        )
      : await insertRequestRow(
          {
            mediaType: asked.mediaType,
            tmdbId: asked.tmdbId,
            title: facts.title,
            year: facts.year,
            posterPath: facts.posterPath,
            status: "pending",
            scope: merged,
          },
          t,
        );
    if (!saved) throw new NotFoundError("That request was just deleted; try again");
    await upsertRequester({ requestId: saved.id, userId: user.userId, note: asked.note || null, ...cost }, t);
    const audience = (await requesterRows([saved.id], t)).map((r) => r.userId);
    if (existing) await announceUpdated(saved, audience, user.userId, t);
    else await announceCreated(saved, audience, user.userId, t);
    return saved;
  });

  if (row.status === "pending" && autoApproves(settings, user)) await approveRow(row, {}, null);
  return getRequest(actor, row.id);
}

export async function listRequests(actor: Actor, query: unknown = {}): Promise<RequestView[]> {
  assertCan(actor, "request");
  const q = parseInput(listRequestsQuery, query);
  const userId = actor.kind === "user" && (q.mine || !seesAllRequests(actor)) ? actor.userId : undefined;
  const rows = await listRequestRows({ userId });
  const views = await toViews(rows);
  return q.status ? views.filter((v) => v.status === q.status) : views;
}

export async function getRequest(actor: Actor, id: string): Promise<RequestView> {
  assertCan(actor, "request");
  const [view] = await toViews([await visibleRequestRow(actor, id)]);
  return view;
}

/**
 * Withdraws a request: a requester takes their name off a pending request (it goes when no one is
 * left on it); a manager deletes any request (the catalog keeps what approval added).
 */
export async function deleteRequest(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "request");
  const row = await visibleRequestRow(actor, id);
  const requesters = await requesterRows([id]);
  const audience = requesters.map((r) => r.userId);
  if (!seesAllRequests(actor)) {
    const userId = asUser(actor).userId;
    if (row.status !== "pending")
      throw new ConflictError("Only a pending request can be withdrawn; ask an admin to remove it");
    if (requesters.length > 1) {
      await tx(async (t) => {
        await removeRequester(id, userId, t);
        await publish("request.deleted", { requestId: id, audience: [userId] }, { actorId: userId, db: t });
      });
      return;
    }
  }
  await deleteRequestRow(id);
  await publish("request.deleted", { requestId: id, audience }, { actorId: actorId(actor) });
}
