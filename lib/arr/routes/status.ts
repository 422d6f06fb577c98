import { arrHealth, getArrDownloadClient, listArrDownloadClients } from "../status.service";
import { bothPersonas, defineArrRoute, idParams } from "../route-table";

export const statusRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "downloadclient",
    access: "admin",
    handle: ({ actor, persona }) => listArrDownloadClients(actor, persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "downloadclient/{id}",
    access: "admin",
    params: idParams,
    handle: ({ actor, persona, params }) => getArrDownloadClient(actor, persona, params.id),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "health",
    access: "admin",
    handle: ({ actor, persona }) => arrHealth(actor, persona),
  }),
];
