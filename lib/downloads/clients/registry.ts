import { NzbgetClient } from "./nzbget/client";
import { QBittorrentClient } from "./qbittorrent/client";
import { SabnzbdClient } from "./sabnzbd/client";
import { TransmissionClient } from "./transmission/client";
import type { DownloadClient, DownloadClientConnection, DownloadClientKind } from "./types";

/** One factory per kind: a plain registry keyed by kind. */
export const downloadClientFactories: Record<
  DownloadClientKind,
  (connection: DownloadClientConnection) => DownloadClient
> = {
  qbittorrent: (connection) => new QBittorrentClient(connection),
  transmission: (connection) => new TransmissionClient(connection),
  sabnzbd: (connection) => new SabnzbdClient(connection),
  nzbget: (connection) => new NzbgetClient(connection),
};

export function createDownloadClient(kind: DownloadClientKind, connection: DownloadClientConnection): DownloadClient {
  return downloadClientFactories[kind](connection);
}
