/** Every declared queue → the handler its context exports. A queue without a handler does not compile. */
import {
  automationCutoffHandler,
  automationMissingHandler,
  automationRssHandler,
  automationSearchHandler,
} from "@/lib/automation";
import { metadataRefreshHandler } from "@/lib/catalog";
import { downloadsImportHandler, downloadsMonitorHandler } from "@/lib/downloads";
import { refreshDefinitionsHandler } from "@/lib/indexers";
import { housekeepingHandler, type QueueHandlers } from "@/lib/jobs";
import { requestsSyncHandler } from "@/lib/requests";
import { libraryAnalyzeHandler, libraryMoveHandler, libraryQualityHandler, libraryScanHandler } from "@/lib/library";

export const handlers: QueueHandlers = {
  housekeeping: housekeepingHandler,
  "metadata.refresh": metadataRefreshHandler,
  "library.scan": libraryScanHandler,
  "library.analyze": libraryAnalyzeHandler,
  "library.quality": libraryQualityHandler,
  "library.move": libraryMoveHandler,
  "indexers.definitions": refreshDefinitionsHandler,
  "downloads.monitor": downloadsMonitorHandler,
  "downloads.import": downloadsImportHandler,
  "automation.search": automationSearchHandler,
  "automation.rss": automationRssHandler,
  "automation.missing": automationMissingHandler,
  "automation.cutoff": automationCutoffHandler,
  "requests.sync": requestsSyncHandler,
};
