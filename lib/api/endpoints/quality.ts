import { z } from "zod";
import {
  customFormatInput,
  customFormatSchema,
  delayProfileInput,
  delayProfileSchema,
  importFormatsInput,
  qualityProfileInput,
  qualityProfileSchema,
  qualitySizeSchema,
  releaseProfileInput,
  releaseProfileSchema,
  trashFormatSchema,
  updateQualitySizesInput,
} from "@/lib/quality";
import { defineEndpoint, type EndpointSpec } from "../endpoint";

const idParams = z.object({ id: z.string().min(1) });
const deleted = z.object({ deleted: z.literal(true) });

/** List, create, read, replace and delete for one resource. */
function crud<I extends z.ZodType, R extends z.ZodType>(path: string, tag: string, noun: string, input: I, item: R) {
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
    update: defineEndpoint({
      method: "PUT",
      path: `${path}/{id}`,
      summary: `Replace a ${noun}`,
      tag,
      access: "admin",
      params: idParams,
      body: input,
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
export const updateQualityDefinitionsEndpoint = defineEndpoint({
  method: "PUT",
  path: "/api/v1/quality-definitions",
  summary: "Change the size limits (and titles) of some qualities",
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
  qualityProfileSchema,
);
export const customFormatEndpoints = crud(
  "/api/v1/custom-formats",
  "Quality",
  "custom format",
  customFormatInput,
  customFormatSchema,
);
export const releaseProfileEndpoints = crud(
  "/api/v1/release-profiles",
  "Quality",
  "release profile",
  releaseProfileInput,
  releaseProfileSchema,
);
export const delayProfileEndpoints = crud(
  "/api/v1/delay-profiles",
  "Quality",
  "delay profile",
  delayProfileInput,
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
  updateQualityDefinitionsEndpoint,
  ...Object.values(qualityProfileEndpoints),
  ...Object.values(customFormatEndpoints),
  importCustomFormatsEndpoint,
  exportCustomFormatsEndpoint,
  ...Object.values(releaseProfileEndpoints),
  ...Object.values(delayProfileEndpoints),
];
