import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { ConflictError, parseInput, UnavailableError } from "@/lib/errors";
import { tx, type Db } from "@/lib/db";
import { publish } from "@/lib/events";
import { resolveReleaseDownload } from "@/lib/indexers";
import { sendJob } from "@/lib/jobs";
import { logger as rootLogger } from "@/lib/logger";
import { downloadClientDefinitions } from "../clients/definitions";
import { DownloadClientError } from "../clients/errors";
import type { DownloadProtocol } from "../clients/types";
import { listDownloadClientRows, type DownloadClientRow } from "../download-client.repo";
import { clientFor } from "../download-client.runtime";
import { findBlocked, insertDownload, insertHistory, type DownloadRow } from "./download.repo";
import { fetchPayload, magnetPayload, torrentPayload, type Payload } from "./fetch-payload";
import { grabInput, type GrabInput } from "./grab.input";
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
 * Sends a release (or a link) to the first enabled download client of its protocol that takes it,
 * failing over to the next when one cannot be reached or refuses; records the download.
 */
export async function grab(
  actor: Actor,
  input: GrabInput,
  options: { signal?: AbortSignal } = {},
): Promise<GrabResult> {
  assertCan(actor, "manage");
  const data = parseInput(grabInput, input);
  // A bare link makes this server fetch an address the caller chose: admins only. Search results
  // come from the configured indexers and magnets fetch nothing, so users may grab those.
  if (data.downloadUrl) assertCan(actor, "admin");
  const target = await targetOf(data);
  const release = data.release;
  const title = release?.title ?? data.title!;
  const protocol: DownloadProtocol = release?.protocol ?? (data.magnet ? "torrent" : (data.protocol ?? "torrent"));
  const indexerId = release?.indexerId ?? data.indexerId ?? null;

  // A release known to be bad is refused before anything is fetched (and before the grab is counted).
  const knownHash = release?.infoHash?.toLowerCase() ?? null;
  const early = await findBlocked({ title, indexerId, infoHash: knownHash });
  if (early) throw new ConflictError(`"${title}" is blocklisted: ${early.reason}`);
  const overridden = await rejectionsOverridden(actor, data, target);

  const clients = await candidates(protocol);
  if (clients.length === 0)
    throw new UnavailableError(`No enabled ${protocol} download client: add one in Settings → Download clients`);

  let payload: Payload;
  if (release) {
    const resolved = await resolveReleaseDownload(actor, release);
    if (resolved.kind === "magnet") payload = magnetPayload(resolved.uri);
    else if (resolved.kind === "torrent") payload = torrentPayload(resolved.bytes, title);
    else payload = await fetchPayload(resolved.url, protocol, title, options.signal);
  } else if (data.magnet) {
    payload = magnetPayload(data.magnet);
  } else {
    payload = await fetchPayload(data.downloadUrl!, protocol, title, options.signal);
  }
  if (payload.infoHash && payload.infoHash !== knownHash) {
    const blocked = await findBlocked({ title, indexerId, infoHash: payload.infoHash });
    if (blocked) throw new ConflictError(`"${title}" is blocklisted: ${blocked.reason}`);
  }

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
        guid: release?.guid ?? null,
        size: release?.size ?? payload.size,
        quality: release?.parsed ?? null,
        ...target,
        status: "queued",
        progress: 0,
        importedFiles: [],
        overrideRejection: overridden !== null,
        updatedAt: now,
      };
      // The row, its history and event, and the monitor job that watches it commit together: the
      // monitor starts at once instead of at the next minute tick.
      const download = await tx(async (t) => {
        const inserted = await insertDownload(fields, t);
        await recordGrabbed(actor, inserted, skipped, overridden, t);
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

/**
 * A user's grab of a search result the decision engine rejects (for the movie or episodes it is
 * grabbed for, with interactive search's rules) is refused unless they confirmed it with
 * overrideRejection. Returns the reasons overridden ([] when the override was given for a release
 * with none), or null without an override. Automation grabs only what it accepted.
 */
async function rejectionsOverridden(
  actor: Actor,
  data: { release?: GrabInput["release"]; overrideRejection?: boolean },
  target: DownloadTarget,
): Promise<string[] | null> {
  const override = data.overrideRejection === true;
  if (!data.release || actor.kind === "system") return override ? [] : null;
  // Loaded on use: lib/automation grabs through this module.
  const { grabRejections } = await import("@/lib/automation");
  const reasons = (
    await grabRejections(
      actor,
      data.release,
      target.movieId ? { movieId: target.movieId } : { seriesId: target.seriesId!, episodeIds: target.episodeIds },
    )
  ).map((r) => r.reason);
  if (reasons.length === 0) return override ? [] : null;
  if (!override)
    throw new ConflictError(
      `"${data.release.title}" was rejected: ${reasons.join("; ")}. Confirm to grab it anyway (overrideRejection: true).`,
      { rejections: reasons },
    );
  return reasons;
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
