export { arrRouteHandlers, findArrRoute } from "./dispatch";
export { arrRoutes } from "./routes";
export { personas, personaInfo, type Persona } from "./persona";
export type { ArrRoute, ArrMethod } from "./route-table";
