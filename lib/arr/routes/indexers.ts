import { arrIndexerBody, arrIndexerSchema } from "../indexer.mapper";
import {
  createArrIndexer,
  deleteArrIndexer,
  getArrIndexer,
  listArrIndexers,
  testArrIndexer,
  updateArrIndexer,
} from "../indexers.service";
import { arrQuery, bothPersonas, defineArrRoute, idParams } from "../route-table";
import { z } from "zod";

export const indexerRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "indexer",
    access: "admin",
    handle: ({ actor, persona }) => listArrIndexers(actor, persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "indexer/schema",
    access: "admin",
    handle: async ({ persona }) => arrIndexerSchema(persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "indexer/{id}",
    access: "admin",
    params: idParams,
    handle: ({ actor, persona, params }) => getArrIndexer(actor, persona, params.id),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "POST",
    path: "indexer",
    access: "admin",
    query: z.object({ forceSave: arrQuery.bool().optional() }),
    body: arrIndexerBody,
    handle: ({ actor, persona, body }) => createArrIndexer(actor, persona, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "POST",
    path: "indexer/test",
    access: "admin",
    query: z.object({ forceTest: arrQuery.bool().optional() }),
    body: arrIndexerBody,
    handle: ({ actor, persona, body }) => testArrIndexer(actor, persona, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "PUT",
    path: "indexer/{id}",
    access: "admin",
    params: idParams,
    query: z.object({ forceSave: arrQuery.bool().optional() }),
    body: arrIndexerBody,
    handle: ({ actor, persona, params, body }) => updateArrIndexer(actor, persona, params.id, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "DELETE",
    path: "indexer/{id}",
    access: "admin",
    params: idParams,
    handle: ({ actor, persona, params }) => deleteArrIndexer(actor, persona, params.id),
  }),
];
