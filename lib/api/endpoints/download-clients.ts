import { z } from "zod";
import {
  createDownloadClientSchema,
  downloadClientTestResultSchema,
  downloadClientViewSchema,
  updateDownloadClientSchema,
} from "@/lib/downloads";
import { defineEndpoint, updateBodyOf, updateEndpoints } from "../endpoint";

const idParams = z.object({ id: z.string().min(1) });
const tag = "Download clients";

export const listDownloadClientsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/download-clients",
  summary: "Every download client with its settings (secrets only as names), by priority",
  tag,
  access: "admin",
  response: z.object({ items: z.array(downloadClientViewSchema) }),
});

export const createDownloadClientEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/download-clients",
  summary: "Add a qBittorrent, Transmission, SABnzbd or NZBGet client",
  description:
    "Passwords and API keys are encrypted at rest and never returned. Port, URL base and categories default per kind.",
  tag,
  access: "admin",
  body: createDownloadClientSchema,
  response: downloadClientViewSchema,
  successStatus: 201,
});

export const testNewDownloadClientEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/download-clients/test",
  summary: "Test a download client before saving it: the version, or the reason and the field to fix",
  tag,
  access: "admin",
  body: createDownloadClientSchema,
  response: downloadClientTestResultSchema,
});

export const getDownloadClientEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/download-clients/{id}",
  summary: "One download client",
  tag,
  access: "admin",
  params: idParams,
  response: downloadClientViewSchema,
});

export const updateDownloadClientEndpoints = updateEndpoints({
  path: "/api/v1/download-clients/{id}",
  summary: "Change a download client; an empty secret keeps the stored one",
  tag,
  access: "admin",
  params: idParams,
  body: updateBodyOf(updateDownloadClientSchema, downloadClientViewSchema),
  response: downloadClientViewSchema,
});

export const deleteDownloadClientEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/download-clients/{id}",
  summary: "Remove a download client",
  tag,
  access: "admin",
  params: idParams,
  response: z.object({ deleted: z.literal(true) }),
});

export const testDownloadClientEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/download-clients/{id}/test",
  summary: "Connect to a stored client: the version, or the reason and the field to fix",
  description: "With a body, tests the client as it would be with those changes (nothing is saved).",
  tag,
  access: "admin",
  params: idParams,
  body: updateDownloadClientSchema,
  response: downloadClientTestResultSchema,
});

export const downloadClientEndpoints = [
  listDownloadClientsEndpoint,
  createDownloadClientEndpoint,
  testNewDownloadClientEndpoint,
  getDownloadClientEndpoint,
  ...Object.values(updateDownloadClientEndpoints),
  deleteDownloadClientEndpoint,
  testDownloadClientEndpoint,
];
