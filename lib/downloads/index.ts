/** The downloads context: download-client adapters and their storage (grab, monitor and import come next). */
export { downloadClientDefinitions, type DownloadClientDefinition } from "./clients/definitions";
export { DownloadClientError } from "./clients/errors";
export { createDownloadClient, downloadClientFactories } from "./clients/registry";
export {
  downloadClientKinds,
  downloadStatuses,
  isFinished,
  type AddOptions,
  type AddSource,
  type ClientTestResult,
  type DownloadClient,
  type DownloadClientConnection,
  type DownloadClientKind,
  type DownloadItem,
  type DownloadProtocol,
  type DownloadStatus,
} from "./clients/types";
export { magnetInfoHash, readTorrent, TorrentFileError, type TorrentMeta } from "./torrent/bencode";
export { createDownloadClientSchema, updateDownloadClientSchema, type CreateDownloadClientInput, type UpdateDownloadClientInput } from "./download-client.input";
export { downloadClientTestResultSchema, downloadClientViewSchema, type DownloadClientView } from "./download-client.view";
export {
  createDownloadClientRecord,
  deleteDownloadClient,
  getDownloadClient,
  listDownloadClients,
  testDownloadClient,
  updateDownloadClient,
} from "./download-client.service";
