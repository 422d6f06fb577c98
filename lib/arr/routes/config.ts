import { arrMediaManagementBody } from "../mediamanagement.mapper";
import { arrNamingBody } from "../naming.mapper";
import { getArrMediaManagement, getArrNaming, updateArrMediaManagement, updateArrNaming } from "../config.service";
import { bothPersonas, defineArrRoute, idParams } from "../route-table";

/** Radarr serves these at `config/x` (GET) and `config/x/{id}` (GET, PUT); some clients PUT without the id. */
export const configRoutes = [
  ...["config/naming", "config/naming/{id}"].flatMap((path) => [
    defineArrRoute({
      personas: bothPersonas,
      method: "GET",
      path,
      access: "read",
      handle: ({ actor, persona }) => getArrNaming(actor, persona),
    }),
    defineArrRoute({
      personas: bothPersonas,
      method: "PUT",
      path,
      access: "admin",
      ...(path.endsWith("{id}") ? { params: idParams } : {}),
      body: arrNamingBody,
      handle: ({ actor, persona, body }) => updateArrNaming(actor, persona, body),
    }),
  ]),
  ...["config/mediamanagement", "config/mediamanagement/{id}"].flatMap((path) => [
    defineArrRoute({
      personas: bothPersonas,
      method: "GET",
      path,
      access: "read",
      handle: ({ actor, persona }) => getArrMediaManagement(actor, persona),
    }),
    defineArrRoute({
      personas: bothPersonas,
      method: "PUT",
      path,
      access: "admin",
      ...(path.endsWith("{id}") ? { params: idParams } : {}),
      body: arrMediaManagementBody,
      handle: ({ actor, persona, body }) => updateArrMediaManagement(actor, persona, body),
    }),
  ]),
];
