import { assertCan, getUser, systemActor, type Actor } from "@/lib/accounts";
import { tx } from "@/lib/db";
import { addToBlocklist, listHistory } from "@/lib/downloads";
import { ConflictError, NotFoundError, parseInput } from "@/lib/errors";
import { publish } from "@/lib/events";
import { sendJob } from "@/lib/jobs";
import { asUser, visibleRequestRow } from "./access";
import { availabilityOf } from "./availability";
import { reportProblemInput, resolveProblemInput } from "./request.input";
import { problemKindLabels, type ProblemView } from "./request.view";
import {
  findProblemRow,
  findRequestRow,
  insertProblemRow,
  listProblemRows,
  resolveProblemRow,
  type ProblemRow,
} from "./requests.repo";
import { toViews } from "./view";

const HEX_HASH = /^([a-f0-9]{40}|[a-f0-9]{64})$/i;

async function toProblemViews(rows: ProblemRow[]): Promise<ProblemView[]> {
  return Promise.all(
    rows.map(async (p) => ({
      id: p.id,
      requestId: p.requestId,
      title: (await findRequestRow(p.requestId))?.title ?? "",
      kind: p.kind,
      text: p.text,
      username: p.userId ? ((await getUser(p.userId))?.username ?? null) : null,
      resolvedAt: p.resolvedAt?.toISOString() ?? null,
      resolution: p.resolution,
      createdAt: p.createdAt.toISOString(),
    })),
  );
}

/** A requester tells the admins what is wrong with a title of theirs that is available. */
export async function reportProblem(actor: Actor, requestId: string, input: unknown): Promise<ProblemView> {
  assertCan(actor, "request");
  const user = asUser(actor);
  const { kind, text } = parseInput(reportProblemInput, input);
  const row = await visibleRequestRow(actor, requestId);
  const [view] = await toViews([row]);
  if (view.availableCount === 0)
    throw new ConflictError(`Nothing of ${row.title} is in the library yet: there is no file to report on`);
  const problem = await tx(async (t) => {
    const inserted = await insertProblemRow({ requestId, userId: user.userId, kind, text: text || null }, t);
    await publish(
      "request.problem.reported",
      { requestId, problemId: inserted.id, title: row.title, kind: problemKindLabels[kind], audience: [user.userId] },
      { actorId: user.userId, db: t },
    );
    return inserted;
  });
  const [out] = await toProblemViews([problem]);
  return out;
}

export async function listProblems(actor: Actor, options: { open?: boolean } = {}): Promise<ProblemView[]> {
  assertCan(actor, "admin");
  return toProblemViews(await listProblemRows({ open: options.open ?? true }));
}

/**
 * Closes a report; with blocklistAndSearch, the release of the title's last import goes on the
 * blocklist (it will not be grabbed again) and the requested items are searched again.
 */
export async function resolveProblem(actor: Actor, problemId: string, input: unknown = {}): Promise<ProblemView> {
  assertCan(actor, "admin");
  const { blocklistAndSearch, note } = parseInput(resolveProblemInput, input);
  const problem = await findProblemRow(problemId);
  if (!problem) throw new NotFoundError("No such problem report");
  if (problem.resolvedAt) throw new ConflictError("That problem report is already closed");
  const request = await findRequestRow(problem.requestId);
  if (!request) throw new NotFoundError("The request of that report is gone");
  let resolution = note || "Closed";
  if (blocklistAndSearch) {
    const [a] = await availabilityOf([request]);
    if (!a.catalogId) throw new ConflictError(`${request.title} is no longer in the catalog`);
    const title = request.mediaType === "movie" ? { movieId: a.catalogId } : { seriesId: a.catalogId };
    const { items } = await listHistory(systemActor, { ...title, events: ["imported"], pageSize: 1 });
    const last = items[0];
    if (!last) throw new ConflictError(`No import of ${request.title} is on record: there is no release to blocklist`);
    const protocol = last.protocol ?? "torrent";
    await addToBlocklist(actor, {
      title: last.title,
      protocol,
      ...(protocol === "torrent" && last.clientItemId && HEX_HASH.test(last.clientItemId)
        ? { infoHash: last.clientItemId.toLowerCase() }
        : {}),
      ...title,
      reason: `Reported: ${problemKindLabels[problem.kind]}${problem.text ? ` (${problem.text})` : ""}`,
    });
    if (request.mediaType === "movie") await sendJob("automation.search", { movieId: a.catalogId, trigger: "user" });
    else if (last.episodeIds.length > 0)
      await sendJob("automation.search", { episodeIds: last.episodeIds.slice(0, 500), trigger: "user" });
    else await sendJob("automation.search", { seriesId: a.catalogId, trigger: "user" });
    resolution = `Blocklisted ${last.title} and searched again${note ? `: ${note}` : ""}`;
  }
  await tx(async (t) => {
    if (!(await resolveProblemRow(problemId, resolution, t))) throw new ConflictError("That report was just closed");
    await publish(
      "request.problem.resolved",
      { requestId: request.id, problemId, title: request.title, audience: problem.userId ? [problem.userId] : [] },
      { actorId: actor.kind === "user" ? actor.userId : null, db: t },
    );
  });
  const [out] = await toProblemViews([(await findProblemRow(problemId))!]);
  return out;
}
