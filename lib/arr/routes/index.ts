import type { ArrRoute } from "../route-table";
import { configRoutes } from "./config";
import { customFormatRoutes, qualityDefinitionRoutes } from "./custom-formats";
import { indexerRoutes } from "./indexers";
import { languageRoutes } from "./languages";
import { qualityProfileRoutes } from "./quality-profiles";
import { statusRoutes } from "./status";
import { systemRoutes } from "./system";

/** Every *arr v3 endpoint Mydia serves, for both personas (each route names its own). */
export const arrRoutes: readonly ArrRoute[] = [
  ...systemRoutes,
  ...qualityProfileRoutes,
  ...customFormatRoutes,
  ...qualityDefinitionRoutes,
  ...indexerRoutes,
  ...configRoutes,
  ...statusRoutes,
  ...languageRoutes,
];
