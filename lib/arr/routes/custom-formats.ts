import { z } from "zod";
import { arrCustomFormatBody, arrCustomFormatSchema } from "../customformat.mapper";
import {
  createArrCustomFormat,
  deleteArrCustomFormat,
  getArrCustomFormat,
  listArrCustomFormats,
  updateArrCustomFormat,
} from "../custom-formats.service";
import {
  arrQualityDefinitionBody,
  arrQualityDefinitionLimits,
  getArrQualityDefinition,
  listArrQualityDefinitions,
  updateArrQualityDefinition,
  updateArrQualityDefinitions,
} from "../quality-definitions.service";
import { bothPersonas, defineArrRoute, idParams } from "../route-table";

export const customFormatRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "customformat",
    access: "read",
    handle: ({ actor, persona }) => listArrCustomFormats(actor, persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "customformat/schema",
    access: "read",
    handle: async ({ persona }) => arrCustomFormatSchema(persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "customformat/{id}",
    access: "read",
    params: idParams,
    handle: ({ actor, persona, params }) => getArrCustomFormat(actor, persona, params.id),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "POST",
    path: "customformat",
    access: "admin",
    body: arrCustomFormatBody,
    handle: ({ actor, persona, body }) => createArrCustomFormat(actor, persona, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "PUT",
    path: "customformat/{id}",
    access: "admin",
    params: idParams,
    body: arrCustomFormatBody,
    handle: ({ actor, persona, params, body }) => updateArrCustomFormat(actor, persona, params.id, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "DELETE",
    path: "customformat/{id}",
    access: "admin",
    params: idParams,
    handle: ({ actor, params }) => deleteArrCustomFormat(actor, params.id),
  }),
];

export const qualityDefinitionRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "qualitydefinition",
    access: "read",
    handle: ({ actor, persona }) => listArrQualityDefinitions(actor, persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "qualitydefinition/limits",
    access: "read",
    handle: async () => arrQualityDefinitionLimits(),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "qualitydefinition/{id}",
    access: "read",
    params: idParams,
    handle: ({ actor, persona, params }) => getArrQualityDefinition(actor, persona, params.id),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "PUT",
    path: "qualitydefinition/update",
    access: "admin",
    body: z.array(arrQualityDefinitionBody),
    handle: ({ actor, persona, body }) => updateArrQualityDefinitions(actor, persona, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "PUT",
    path: "qualitydefinition/{id}",
    access: "admin",
    params: idParams,
    body: arrQualityDefinitionBody.omit({ id: true }).extend({ id: z.number().int().optional() }),
    handle: ({ actor, persona, params, body }) =>
      updateArrQualityDefinition(actor, persona, params.id, { ...body, id: params.id }),
  }),
];
