import { z } from "zod";
import { pathMappingInput, pathMappingSchema, updatePathMappingInput } from "@/lib/library";
import { defineEndpoint, updateBodyOf, updateEndpoints } from "../endpoint";

const idParams = z.object({ id: z.string().min(1) });
const tag = "Path mappings";
const description =
  "When a download client runs elsewhere (another machine, a container), it reports paths this server cannot see. A mapping replaces the remote prefix with the local folder; the longest matching prefix wins. The local path must be inside LIBRARY_ALLOWED_ROOTS.";

export const listPathMappingsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/path-mappings",
  summary: "Remote path mappings: a download client's paths → this server's paths",
  tag,
  access: "admin",
  response: z.object({ items: z.array(pathMappingSchema) }),
});

export const createPathMappingEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/path-mappings",
  summary: "Add a remote path mapping",
  description,
  tag,
  access: "admin",
  body: pathMappingInput,
  response: pathMappingSchema,
  successStatus: 201,
});

export const updatePathMappingEndpoints = updateEndpoints({
  path: "/api/v1/path-mappings/{id}",
  summary: "Change a remote path mapping",
  description,
  tag,
  access: "admin",
  params: idParams,
  body: updateBodyOf(updatePathMappingInput, pathMappingSchema),
  response: pathMappingSchema,
});

export const deletePathMappingEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/path-mappings/{id}",
  summary: "Remove a remote path mapping",
  tag,
  access: "admin",
  params: idParams,
  response: z.object({ deleted: z.literal(true) }),
});

export const pathMappingEndpoints = [
  listPathMappingsEndpoint,
  createPathMappingEndpoint,
  ...Object.values(updatePathMappingEndpoints),
  deletePathMappingEndpoint,
];
