import type { ArrRoute } from "../route-table";
import { commandRoutes, diskSpaceRoutes, historyRoutes, manualImportRoutes, releaseRoutes } from "./activity";
import { catalogSettingsRoutes } from "./catalog-settings";
import { fileRoutes } from "./files";
import { movieRoutes } from "./movies";
import { queueRoutes } from "./queue";
import { seriesRoutes } from "./series";
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
];
