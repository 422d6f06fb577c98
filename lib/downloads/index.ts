/** The downloads context: download-client adapters and their storage, grab, monitor, import, queue, history and blocklist. */
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
export {
  createDownloadClientSchema,
  updateDownloadClientSchema,
  type CreateDownloadClientInput,
  type UpdateDownloadClientInput,
} from "./download-client.input";
export {
  downloadClientTestResultSchema,
  downloadClientViewSchema,
  type DownloadClientView,
} from "./download-client.view";
export {
  createDownloadClientRecord,
  deleteDownloadClient,
  getDownloadClient,
  listDownloadClients,
  testDownloadClient,
  updateDownloadClient,
} from "./download-client.service";
export { grab, grabRelease, type GrabResult, type ReleaseJudge, type ReleaseCoverage } from "./lifecycle/grab.service";
export { grabInput, type GrabInput, type GrabRelease } from "./lifecycle/grab.input";
export { releaseStates, releaseStateSchema, type ReleaseState, type ReleaseIdentity } from "./lifecycle/release-state";
export { monitorDownloads, type MonitorSummary } from "./lifecycle/monitor.service";
export { importDownload, NEEDS_EXTRACTION_MESSAGE, type DownloadImportResult } from "./lifecycle/import.service";
export { videoFilesIn } from "./lifecycle/download-files";
export { queueRemovalInput, type QueueRemovalInput } from "./queue-removal.input";
export { listQueue, removeFromQueue, removeFromQueueQuery, listHistory, historyQuery } from "./lifecycle/queue.service";
export { titleSubjectSchema, type TitleSubject } from "./lifecycle/title-subject";
export {
  addToBlocklist,
  addToBlocklistInput,
  listBlocklist,
  listBlocklistPage,
  removeFromBlocklist,
  type AddToBlocklistInput,
} from "./lifecycle/blocklist.service";
export { pauseDownload, resumeDownload, retryImport, changeMatch } from "./lifecycle/queue-actions.service";
export { listDownloadFiles, manualImportDownload } from "./lifecycle/manual-import.service";
export { manualImportInput, matchInput, type ManualImportInput, type MatchInput } from "./match.input";
export {
  queueItemSchema,
  historyItemSchema,
  historyEvents,
  blocklistItemSchema,
  downloadFileSchema,
  downloadFilesSchema,
  type QueueItem,
  type HistoryItem,
  type HistoryEvent,
  type BlocklistItem,
  type DownloadFile,
  type DownloadFiles,
} from "./lifecycle/download.view";
export { downloadsMonitorHandler, downloadsImportHandler } from "./lifecycle/jobs";
export {
  itemDownloadState,
  itemsWithActiveDownloads,
  type ItemDownloadState,
  type ItemDownload,
  type ItemBlocklistEntry,
} from "./lifecycle/item-state";
export {
  CLIENT_BACKOFF_LADDER_SECONDS,
  downloadClientProblems,
  listDownloadClientHealth,
  type ClientHealth,
  type ClientProblem,
} from "./client-health";
export {
  recentDownloadFolders,
  downloadCountsByStatus,
  parentFolder,
  type DownloadFolder,
} from "./lifecycle/download-stats";
