import type { ArrRoute } from "../route-table";
import { catalogSettingsRoutes } from "./catalog-settings";
import { fileRoutes } from "./files";
import { movieRoutes } from "./movies";
import { seriesRoutes } from "./series";
import { systemRoutes } from "./system";

/** Every *arr v3 endpoint Mydia serves, for both personas (each route names its own). */
export const arrRoutes: readonly ArrRoute[] = [
  ...systemRoutes,
  ...movieRoutes,
  ...catalogSettingsRoutes,
  ...fileRoutes,
  ...seriesRoutes,
];
