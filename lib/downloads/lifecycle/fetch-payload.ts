import { UpstreamError } from "@/lib/errors";
import { HttpBodyTooLargeError, outboundFetch, readBodyLimited } from "@/lib/http";
import { magnetInfoHash, readTorrent, TorrentFileError } from "../torrent/bencode";
import type { AddSource, DownloadProtocol } from "../clients/types";

const FETCH_TIMEOUT_MS = 30_000;
/** No .torrent or .nzb comes near this; larger answers are not files to grab. */
export const MAX_PAYLOAD_BYTES = 20 * 1024 * 1024;

export interface Payload {
  source: AddSource;
  infoHash: string | null;
  /** Size from the .torrent when known. */
  size: number | null;
}

const safeFileName = (title: string, ext: string) => `${title.replace(/[^\w.\-() ]+/g, "_").slice(0, 180)}.${ext}`;

export function magnetPayload(uri: string): Payload {
  const infoHash = magnetInfoHash(uri);
  if (!infoHash) throw new UpstreamError("The magnet link has no BitTorrent info hash (xt=urn:btih:…)");
  return { source: { type: "magnet", uri, infoHash }, infoHash, size: null };
}

export function torrentPayload(bytes: Uint8Array, title: string): Payload {
  try {
    const meta = readTorrent(bytes);
    return {
      source: { type: "torrent-file", data: bytes, fileName: safeFileName(title, "torrent"), infoHash: meta.infoHash },
      infoHash: meta.infoHash,
      size: meta.totalSize,
    };
  } catch (error) {
    if (error instanceof TorrentFileError)
      throw new UpstreamError(`The indexer sent no valid .torrent for "${title}": ${error.message}`);
    throw error;
  }
}

/**
 * Fetches a .torrent or .nzb link (a redirect to a magnet is followed as a magnet). Torrents are
 * read here so the info hash is known before any client sees them.
 */
export async function fetchPayload(
  url: string,
  protocol: DownloadProtocol,
  title: string,
  signal?: AbortSignal,
): Promise<Payload> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await outboundFetch(url, { redirect: "manual", signal: combined });
    for (let hops = 0; hops < 5 && response.status >= 300 && response.status < 400; hops++) {
      const location = response.headers.get("location");
      if (!location) break;
      if (location.startsWith("magnet:")) return magnetPayload(location);
      response = await outboundFetch(new URL(location, url), { redirect: "manual", signal: combined });
    }
  } catch (error) {
    throw new UpstreamError(
      `Could not fetch the ${protocol === "torrent" ? ".torrent" : ".nzb"} of "${title}": ${(error as Error).message}`,
    );
  }
  if (!response.ok)
    throw new UpstreamError(
      `Fetching the ${protocol === "torrent" ? ".torrent" : ".nzb"} of "${title}" answered HTTP ${response.status}`,
    );
  const kind = protocol === "torrent" ? ".torrent" : ".nzb";
  let bytes: Uint8Array;
  try {
    bytes = await readBodyLimited(response, MAX_PAYLOAD_BYTES, kind, url);
  } catch (error) {
    if (error instanceof HttpBodyTooLargeError)
      throw new UpstreamError(`The ${kind} of "${title}" is larger than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB`);
    throw new UpstreamError(`Could not read the ${kind} of "${title}": ${(error as Error).message}`);
  }
  if (protocol === "torrent") return torrentPayload(bytes, title);
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("utf8");
  if (!/<nzb[\s>]/i.test(head)) throw new UpstreamError(`The indexer sent no valid .nzb for "${title}"`);
  return {
    source: { type: "nzb-file", data: bytes, fileName: safeFileName(title, "nzb") },
    infoHash: null,
    size: null,
  };
}
