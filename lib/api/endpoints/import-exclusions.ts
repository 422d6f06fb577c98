import { z } from "zod";
import { addExclusionInput, importExclusionSchema } from "@/lib/catalog";
import { defineEndpoint } from "../endpoint";

export const listImportExclusionsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/import-exclusions",
  summary: "Titles that are never added again (add, metadata search and discover refuse or flag them)",
  tag: "Import exclusions",
  access: "browse",
  response: z.object({ items: z.array(importExclusionSchema) }),
});

export const addImportExclusionEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/import-exclusions",
  summary: "Put a movie or series on the import exclusion list by TMDB id",
  description: "title and year are looked up on TMDB when left out. A title already listed returns its entry.",
  tag: "Import exclusions",
  access: "manage",
  body: addExclusionInput,
  response: importExclusionSchema,
  successStatus: 201,
});

export const deleteImportExclusionEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/import-exclusions/{id}",
  summary: "Take a title off the import exclusion list (it can be added again)",
  tag: "Import exclusions",
  access: "manage",
  params: z.object({ id: z.string().min(1) }),
  response: z.object({ deleted: z.literal(true) }),
});

export const importExclusionEndpoints = [
  listImportExclusionsEndpoint,
  addImportExclusionEndpoint,
  deleteImportExclusionEndpoint,
];
