import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { arrLanguageById, arrLanguages } from "../languages";
import { addRootFolder, getRootFolder, listRootFolders, removeRootFolder } from "../root-folders.service";
import { bothPersonas, defineArrRoute, idParams } from "../route-table";
import { arrTagDetails, createArrTag, deleteArrTag, getArrTag, listArrTags, renameArrTag } from "../tags.service";

const anyBody = z.unknown();

/** Tags, root folders (Mydia's libraries) and languages, on both personas. */
export const catalogSettingsRoutes = [
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "tag",
    access: "read",
    handle: ({ actor }) => listArrTags(actor),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "tag/{id}",
    access: "read",
    params: idParams,
    handle: ({ actor, params }) => getArrTag(actor, params.id),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "POST",
    path: "tag",
    access: "manage",
    body: anyBody,
    handle: ({ actor, body }) => createArrTag(actor, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "PUT",
    path: "tag/{id}",
    access: "manage",
    params: idParams,
    body: anyBody,
    handle: ({ actor, params, body }) => renameArrTag(actor, params.id, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "DELETE",
    path: "tag/{id}",
    access: "manage",
    params: idParams,
    handle: ({ actor, params }) => deleteArrTag(actor, params.id),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "tag/detail",
    access: "read",
    handle: ({ actor, persona }) => arrTagDetails(actor, persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "tag/detail/{id}",
    access: "read",
    params: idParams,
    handle: async ({ actor, persona, params }) => (await arrTagDetails(actor, persona, params.id))[0],
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "rootfolder",
    access: "read",
    handle: ({ actor, persona }) => listRootFolders(actor, persona),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "rootfolder/{id}",
    access: "read",
    params: idParams,
    handle: ({ actor, persona, params }) => getRootFolder(actor, persona, params.id),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "POST",
    path: "rootfolder",
    access: "admin",
    body: anyBody,
    handle: ({ actor, persona, body }) => addRootFolder(actor, persona, body),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "DELETE",
    path: "rootfolder/{id}",
    access: "admin",
    params: idParams,
    handle: ({ actor, persona, params }) => removeRootFolder(actor, persona, params.id),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "language",
    access: "read",
    handle: async () => arrLanguages(),
  }),
  defineArrRoute({
    personas: bothPersonas,
    method: "GET",
    path: "language/{id}",
    access: "read",
    params: idParams,
    handle: async ({ params }) => {
      const language = arrLanguageById(params.id);
      if (!language) throw new NotFoundError(`No language with id ${params.id}`);
      return language;
    },
  }),
];
