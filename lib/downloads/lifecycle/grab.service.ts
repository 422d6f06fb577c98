import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { tx, type Db } from "@/lib/db";
import { ConflictError, parseInput, UnavailableError, ValidationError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { recallRelease, resolveReleaseDownload } from "@/lib/indexers";
import { sendJob } from "@/lib/jobs";
import { logger as rootLogger } from "@/lib/logger";
import { downloadClientDefinitions } from "../clients/definitions";
import { DownloadClientError } from "../clients/errors";
import type { DownloadProtocol } from "../clients/types";
import { listDownloadClientRows, type DownloadClientRow } from "../download-client.repo";
import { clientFor } from "../download-client.runtime";
import { findBlocked, insertDownload, insertHistory, type DownloadRow } from "./download.repo";
import { fetchPayload, magnetPayload, torrentPayload, type Payload } from "./fetch-payload";
import { grabInput, type GrabInput, type GrabRelease } from "./grab.input";
import { assertNotGrabbedBefore, claimGrab, releaseGrabClaims } from "./release-state";
import { targetOf, type DownloadTarget } from "./target";

const logger = rootLogger.child({ context: "downloads.grab" });

export interface GrabResult {
  downloadId: string;
  clientId: string;
  clientName: string;
  clientItemId: string;
  /** Clients tried before the one that took it, with why they did not. */
  skipped: { clientName: string; message: string }[];
}

/** Enabled clients of a protocol, by priority (listDownloadClientRows' order). */
async function candidates(protocol: DownloadProtocol): Promise<DownloadClientRow[]> {
  return (await listDownloadClientRows()).filter(
    (c) => c.enabled && downloadClientDefinitions[c.kind].protocol === protocol,
  );
}

/**
 * Why the decision engine rejects a release for the movie or episodes it is grabbed for; a grab with
 * any reason is refused unless the user confirmed it (overrideRejection). lib/automation's
 * releaseRejections, passed in by the routes and actions that take a user's grab (lib/automation
 * grabs through this context, so it cannot be called from here).
 */
export type ReleaseJudge = (
  actor: Actor,
  release: GrabRelease,
  target: { movieId: string } | { seriesId: string; episodeIds: string[] },
) => Promise<string[]>;

/**
 * The episodes of a series a release's name covers (a season pack: every episode of its season),
 * by lib/automation's parse of it against the series; empty when the name says none. Passed in by
 * the routes and actions, like the judge.
 */
export type ReleaseCoverage = (actor: Actor, release: GrabRelease, seriesId: string) => Promise<string[]>;

/** A grab for a series without episodeIds: the episodes the release covers, or a clear error. */
async function coveredEpisodes(
  actor: Actor,
  release: GrabRelease,
  seriesId: string,
  coverage: ReleaseCoverage | undefined,
): Promise<string[]> {
  const ids = coverage ? await coverage(actor, release, seriesId) : [];
  if (ids.length === 0)
    throw new ValidationError(
      `"${release.title}" does not say which episodes of the series it holds: choose them (episodeIds)`,
      { fields: { episodeIds: "is required: the release name names no episode of this series" } },
    );
  return ids;
}

function assertSeries(target: DownloadTarget, seriesId: string | undefined): void {
  if (seriesId && target.seriesId !== seriesId)
    throw new ValidationError("episodeIds: pick episodes of the series given by seriesId", {
      fields: { episodeIds: "must belong to seriesId" },
    });
}

/**
 * Sends a release (or a link) to the first enabled download client of its protocol that takes it,
 * failing over to the next when one cannot be reached or refuses; records the download. A release
 * is named by the id its search gave it: what gets fetched is what the indexer listed, never an
 * address from the caller (bare links are for admins).
 */
export async function grab(
  actor: Actor,
  input: GrabInput,
  options: { signal?: AbortSignal; judge?: ReleaseJudge; coverage?: ReleaseCoverage } = {},
): Promise<GrabResult> {
  assertCan(actor, "manage");
  const data = parseInput(grabInput, input);
  // A bare link makes this server fetch an address the caller chose: admins only. Search results
  // come from the configured indexers and magnets fetch nothing, so users may grab those.
  if (data.downloadUrl) assertCan(actor, "admin");
  if (data.releaseId) {
    const release = await recallRelease(actor, data.releaseId);
    const episodeIds =
      data.episodeIds ??
      (data.seriesId ? await coveredEpisodes(actor, release, data.seriesId, options.coverage) : undefined);
    const target = data.movieId ? { movieId: data.movieId } : { episodeIds, seriesId: data.seriesId };
    return grabRelease(actor, release, target, { ...options, overrideRejection: data.overrideRejection });
  }
  const target = await targetOf(data);
  assertSeries(target, data.seriesId);
  const title = data.title!;
  const protocol: DownloadProtocol = data.magnet ? "torrent" : (data.protocol ?? "torrent");
  const indexerId = data.indexerId ?? null;
  // A link is not judged here (nothing says what it holds); the import keeps a better file unless overridden.
  return send(
    actor,
    { title, protocol, indexerId, knownHash: null, guid: null },
    target,
    { signal: options.signal, override: data.overrideRejection === true },
    () =>
      data.magnet
        ? Promise.resolve(magnetPayload(data.magnet))
        : fetchPayload(data.downloadUrl!, protocol, title, options.signal),
  );
}

/**
 * Grabs a release the server itself found (automation's searches, or a cached search result):
 * its links are the indexer's, fetched with the indexer's credentials and session.
 */
export async function grabRelease(
  actor: Actor,
  release: GrabRelease,
  target: { movieId?: string; episodeIds?: string[]; seriesId?: string },
  options: { signal?: AbortSignal; overrideRejection?: boolean; judge?: ReleaseJudge } = {},
): Promise<GrabResult> {
  assertCan(actor, "manage");
  const resolvedTarget = await targetOf(target);
  assertSeries(resolvedTarget, target.seriesId);
  const identity = {
    title: release.title,
    protocol: release.protocol,
    indexerId: release.indexerId,
    knownHash: release.infoHash?.toLowerCase() ?? null,
    guid: release.guid,
  };
  return send(
    actor,
    identity,
    resolvedTarget,
    {
      signal: options.signal,
      override: options.overrideRejection === true,
      judge: options.judge && (() => options.judge!(actor, release, judgedTarget(resolvedTarget))),
    },
    async () => {
      const resolved = await resolveReleaseDownload(actor, release);
      if (resolved.kind === "magnet") return magnetPayload(resolved.uri);
      if (resolved.kind === "torrent") return torrentPayload(resolved.bytes, release.title);
      return fetchPayload(resolved.url, release.protocol, release.title, options.signal);
    },
    release,
  );
}

interface Identity {
  title: string;
  protocol: DownloadProtocol;
  indexerId: string | null;
  knownHash: string | null;
  guid: string | null;
}

function judgedTarget(target: DownloadTarget): { movieId: string } | { seriesId: string; episodeIds: string[] } {
  return target.movieId ? { movieId: target.movieId } : { seriesId: target.seriesId!, episodeIds: target.episodeIds };
}

interface SendOptions {
  signal?: AbortSignal;
  /** The user saw why the release is rejected and grabs it anyway (the import may then replace a better file). */
  override: boolean;
  /** The decision engine's reasons to reject the release; a grab with any is refused without the override. */
  judge?: () => Promise<string[]>;
}

async function send(
  actor: Actor,
  { title, protocol, indexerId, knownHash, guid }: Identity,
  target: DownloadTarget,
  options: SendOptions,
  fetchSource: () => Promise<Payload>,
  release?: GrabRelease,
): Promise<GrabResult> {
  const claims: string[] = [];
  try {
    // A release known to be bad, or already queued or imported, is refused before anything is
    // fetched (and before the grab is counted).
    const early = await findBlocked({ title, indexerId, infoHash: knownHash });
    if (early) throw new ConflictError(`"${title}" is blocklisted: ${early.reason}`);
    claims.push(...(await claimGrab({ title, guid, indexerId, infoHash: knownHash })));
    await assertNotGrabbedBefore({ title, guid, indexerId, infoHash: knownHash });
    const rejections = options.judge ? await options.judge() : [];
    if (rejections.length > 0 && !options.override)
      throw new ConflictError(
        `"${title}" was rejected: ${rejections.join("; ")}. Confirm to grab it anyway (overrideRejection: true).`,
        { rejections },
      );
    // The reasons the user overrode ([] when they confirmed a grab with none), or null: nothing overridden.
    const overridden = options.override ? rejections : null;

    const clients = await candidates(protocol);
    if (clients.length === 0)
      throw new UnavailableError(`No enabled ${protocol} download client: add one in Settings → Download clients`);

    const payload = await fetchSource();
    if (payload.infoHash && payload.infoHash !== knownHash) {
      const blocked = await findBlocked({ title, indexerId, infoHash: payload.infoHash });
      if (blocked) throw new ConflictError(`"${title}" is blocklisted: ${blocked.reason}`);
      const byHash = { title, guid: null, indexerId, infoHash: payload.infoHash };
      claims.push(...(await claimGrab(byHash)));
      await assertNotGrabbedBefore(byHash);
    }
    return await sendToClients(
      actor,
      { title, protocol, indexerId, guid },
      target,
      { signal: options.signal, overridden },
      payload,
      clients,
      release,
    );
  } finally {
    await releaseGrabClaims(claims);
  }
}

async function sendToClients(
  actor: Actor,
  { title, protocol, indexerId, guid }: Omit<Identity, "knownHash">,
  target: DownloadTarget,
  options: { signal?: AbortSignal; overridden: string[] | null },
  payload: Payload,
  clients: DownloadClientRow[],
  release?: GrabRelease,
): Promise<GrabResult> {
  const skipped: GrabResult["skipped"] = [];
  for (const row of clients) {
    const category = target.movieId ? row.movieCategory : row.tvCategory;
    try {
      const client = clientFor(row);
      if (category && client.ensureCategory) await client.ensureCategory(category, null, { signal: options.signal });
      const { id } = await client.add(payload.source, { category }, { signal: options.signal });
      const now = new Date();
      const fields: Parameters<typeof insertDownload>[0] = {
        clientId: row.id,
        clientName: row.name,
        clientItemId: id,
        infoHash: payload.infoHash,
        protocol,
        title,
        indexerId,
        indexerName: release?.indexerName ?? null,
        guid,
        size: release?.size ?? payload.size,
        quality: release?.parsed ?? null,
        ...target,
        status: "queued",
        progress: 0,
        importedFiles: [],
        overrideRejection: options.overridden !== null,
        updatedAt: now,
      };
      // The row, its history and event, and the monitor job that watches it commit together: the
      // monitor starts at once instead of at the next minute tick.
      const download = await tx(async (t) => {
        const inserted = await insertDownload(fields, t);
        await recordGrabbed(actor, inserted, skipped, options.overridden, t);
        await sendJob("downloads.monitor", {}, { db: t });
        return inserted;
      });
      return { downloadId: download.id, clientId: row.id, clientName: row.name, clientItemId: id, skipped };
    } catch (error) {
      if (!(error instanceof DownloadClientError)) throw error;
      logger.warn(
        { client: row.name, kind: error.kind, err: error },
        "download client did not take the release; trying the next",
      );
      skipped.push({ clientName: row.name, message: error.message });
    }
  }
  throw new UnavailableError(`No download client took "${title}": ${skipped.map((s) => s.message).join("; ")}`, {
    skipped,
  });
}

async function recordGrabbed(
  actor: Actor,
  download: DownloadRow,
  skipped: GrabResult["skipped"],
  overridden: string[] | null,
  t: Db,
): Promise<void> {
  await insertHistory(
    {
      downloadId: download.id,
      event: "grabbed",
      title: download.title,
      movieId: download.movieId,
      seriesId: download.seriesId,
      data: {
        clientName: download.clientName,
        indexerName: download.indexerName,
        protocol: download.protocol,
        size: download.size,
        skipped,
        ...(overridden ? { overrideRejection: true, rejections: overridden } : {}),
      },
    },
    t,
  );
  await publish(
    "download.grabbed",
    {
      downloadId: download.id,
      title: download.title,
      clientName: download.clientName,
      movieId: download.movieId,
      seriesId: download.seriesId,
      episodeIds: download.episodeIds,
    },
    { actorId: actorId(actor), db: t },
  );
}
