import { z } from "zod";
import {
  customFormatInput,
  customFormatPatch,
  customFormatSchema,
  delayProfileInput,
  delayProfilePatch,
  delayProfileSchema,
  importFormatsInput,
  qualityProfileInput,
  qualityProfilePatch,
  qualityProfileSchema,
  qualitySizeSchema,
  releaseProfileInput,
  releaseProfilePatch,
  releaseProfileSchema,
  trashFormatSchema,
  updateQualitySizesInput,
} from "@/lib/quality";
import { defineEndpoint, updateBodyOf, updateEndpoints, type EndpointSpec } from "../endpoint";

const idParams = z.object({ id: z.string().min(1) });
const deleted = z.object({ deleted: z.literal(true) });

/** List, create, read, replace and delete for one resource. */
function crud<I extends z.ZodType, U extends z.ZodObject, R extends z.ZodObject>(
  path: string,
  tag: string,
  noun: string,
  input: I,
  patch: U,
  item: R,
) {
  return {
    list: defineEndpoint({
      method: "GET",
      path,
      summary: `Every ${noun}`,
      tag,
      access: "read",
      response: z.array(item),
    }),
    create: defineEndpoint({
      method: "POST",
      path,
      summary: `Add a ${noun}`,
      tag,
      access: "admin",
      body: input,
      response: item,
      successStatus: 201,
    }),
    get: defineEndpoint({
      method: "GET",
      path: `${path}/{id}`,
      summary: `One ${noun}`,
      tag,
      access: "read",
      params: idParams,
      response: item,
    }),
    ...updateEndpoints({
      path: `${path}/{id}`,
      summary: `Change a ${noun}`,
      tag,
      access: "admin",
      params: idParams,
      body: updateBodyOf(patch, item),
      response: item,
    }),
    remove: defineEndpoint({
      method: "DELETE",
      path: `${path}/{id}`,
      summary: `Delete a ${noun}`,
      tag,
      access: "admin",
      params: idParams,
      response: deleted,
    }),
  };
}

export const listQualityDefinitionsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/quality-definitions",
  summary: "Size limits per quality, in MB per minute of runtime",
  tag: "Quality",
  access: "read",
  response: z.array(qualitySizeSchema),
});
export const updateQualityDefinitionsEndpoints = updateEndpoints({
  path: "/api/v1/quality-definitions",
  summary: "Change the size limits (and titles) of some qualities",
  description: "Only the qualities listed change.",
  tag: "Quality",
  access: "admin",
  body: updateQualitySizesInput,
  response: z.array(qualitySizeSchema),
});

export const qualityProfileEndpoints = crud(
  "/api/v1/quality-profiles",
  "Quality",
  "quality profile",
  qualityProfileInput,
  qualityProfilePatch,
  qualityProfileSchema,
);
export const customFormatEndpoints = crud(
  "/api/v1/custom-formats",
  "Quality",
  "custom format",
  customFormatInput,
  customFormatPatch,
  customFormatSchema,
);
export const releaseProfileEndpoints = crud(
  "/api/v1/release-profiles",
  "Quality",
  "release profile",
  releaseProfileInput,
  releaseProfilePatch,
  releaseProfileSchema,
);
export const delayProfileEndpoints = crud(
  "/api/v1/delay-profiles",
  "Quality",
  "delay profile",
  delayProfileInput,
  delayProfilePatch,
  delayProfileSchema,
);

export const importCustomFormatsEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/custom-formats/import",
  summary: "Import custom formats from Radarr/Sonarr or TRaSH-guides JSON",
  description: "New names are created; existing names are skipped unless replace is true.",
  tag: "Quality",
  access: "admin",
  body: importFormatsInput,
  response: z.object({
    created: z.array(customFormatSchema),
    updated: z.array(customFormatSchema),
    skipped: z.array(z.string()),
  }),
});
export const exportCustomFormatsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/custom-formats/export",
  summary: "Every custom format as TRaSH-style JSON (?id= for one)",
  tag: "Quality",
  access: "read",
  query: z.object({ id: z.string().optional() }),
  response: z.array(trashFormatSchema),
});

export const qualityEndpoints: EndpointSpec[] = [
  listQualityDefinitionsEndpoint,
  ...Object.values(updateQualityDefinitionsEndpoints),
  ...Object.values(qualityProfileEndpoints),
  ...Object.values(customFormatEndpoints),
  importCustomFormatsEndpoint,
  exportCustomFormatsEndpoint,
  ...Object.values(releaseProfileEndpoints),
  ...Object.values(delayProfileEndpoints),
];
