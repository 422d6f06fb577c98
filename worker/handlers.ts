/** Every declared queue → the handler its context exports. A queue without a handler does not compile. */
import {
  automationCutoffHandler,
  automationMissingHandler,
  automationRssHandler,
  automationSearchHandler,
} from "@/lib/automation";
import { backupsCreateHandler } from "@/lib/backups";
import { metadataRefreshHandler } from "@/lib/catalog";
import { downloadsImportHandler, downloadsMonitorHandler } from "@/lib/downloads";
import { refreshDefinitionsHandler } from "@/lib/indexers";
import { housekeepingHandler, type QueueHandlers } from "@/lib/jobs";
import { arrImportHandler } from "@/lib/migration";
import { notificationsDispatchHandler, notificationsPushHandler, notificationsSendHandler } from "@/lib/notifications";
import { requestsSyncHandler } from "@/lib/requests";
import {
  libraryAnalyzeHandler,
  libraryMoveHandler,
  libraryQualityHandler,
  libraryRematchHandler,
  libraryScanHandler,
} from "@/lib/library";

export const handlers: QueueHandlers = {
  housekeeping: housekeepingHandler,
  "metadata.refresh": metadataRefreshHandler,
  "library.scan": libraryScanHandler,
  "library.analyze": libraryAnalyzeHandler,
  "library.rematch": libraryRematchHandler,
  "library.quality": libraryQualityHandler,
  "library.move": libraryMoveHandler,
  "indexers.definitions": refreshDefinitionsHandler,
  "downloads.monitor": downloadsMonitorHandler,
  "downloads.import": downloadsImportHandler,
  "automation.search": automationSearchHandler,
  "automation.rss": automationRssHandler,
  "automation.missing": automationMissingHandler,
  "automation.cutoff": automationCutoffHandler,
  "migration.arr-import": arrImportHandler,
  "notifications.dispatch": notificationsDispatchHandler,
  "notifications.send": notificationsSendHandler,
  "notifications.push": notificationsPushHandler,
  "backups.create": backupsCreateHandler,
  "requests.sync": requestsSyncHandler,
};
