import { arrQualityProfileBody } from "../qualityprofile.mapper";
import {
  arrQualityProfileSchema,
  createArrQualityProfile,
  deleteArrQualityProfile,
  getArrQualityProfile,
  listArrQualityProfiles,
  updateArrQualityProfile,
} from "../quality-profiles.service";
import { bothPersonas, defineArrRoute, idParams } from "../route-table";

export const qualityProfileRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "qualityprofile",
    access: "read",
    handle: ({ actor, persona }) => listArrQualityProfiles(actor, persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "qualityprofile/schema",
    access: "read",
    handle: ({ actor, persona }) => arrQualityProfileSchema(actor, persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "qualityprofile/{id}",
    access: "read",
    params: idParams,
    handle: ({ actor, persona, params }) => getArrQualityProfile(actor, persona, params.id),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "POST",
    path: "qualityprofile",
    access: "admin",
    body: arrQualityProfileBody,
    handle: ({ actor, persona, body }) => createArrQualityProfile(actor, persona, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "PUT",
    path: "qualityprofile/{id}",
    access: "admin",
    params: idParams,
    body: arrQualityProfileBody,
    handle: ({ actor, persona, params, body }) => updateArrQualityProfile(actor, persona, params.id, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "DELETE",
    path: "qualityprofile/{id}",
    access: "admin",
    params: idParams,
    handle: ({ actor, params }) => deleteArrQualityProfile(actor, params.id),
  }),
];
