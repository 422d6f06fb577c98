import type { ArrRoute } from "../route-table";
import { commandRoutes, diskSpaceRoutes, historyRoutes, manualImportRoutes, releaseRoutes } from "./activity";
import { episodeCalendarRoutes, movieCalendarRoutes } from "./calendar";
import { catalogSettingsRoutes } from "./catalog-settings";
import { configRoutes } from "./config";
import { customFormatRoutes, qualityDefinitionRoutes } from "./custom-formats";
import { fileRoutes } from "./files";
import { indexerRoutes } from "./indexers";
import { movieRoutes } from "./movies";
import { qualityProfileRoutes } from "./quality-profiles";
import { queueRoutes } from "./queue";
import { seriesRoutes } from "./series";
import { statusRoutes } from "./status";
import { systemRoutes } from "./system";

/** Every *arr v3 endpoint Mydia serves, for both personas (each route names its own). */
export const arrRoutes: readonly ArrRoute[] = [
  ...systemRoutes,
  ...movieRoutes,
  ...catalogSettingsRoutes,
  ...fileRoutes,
  ...seriesRoutes,
  ...queueRoutes,
  ...commandRoutes,
  ...historyRoutes,
  ...releaseRoutes,
  ...manualImportRoutes,
  ...diskSpaceRoutes,
  ...movieCalendarRoutes,
  ...episodeCalendarRoutes,
  ...qualityProfileRoutes,
  ...customFormatRoutes,
  ...qualityDefinitionRoutes,
  ...indexerRoutes,
  ...configRoutes,
  ...statusRoutes,
];
