import { api, handleEndpoint } from "@/lib/api";
import { getMetadataSettings, saveMetadataSettings } from "@/lib/metadata";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.metadataSettingsEndpoint, ({ actor }) => getMetadataSettings(actor));
export const PUT = handleEndpoint(api.updateMetadataSettingsEndpoints.put, ({ actor, body }) =>
  saveMetadataSettings(actor, body),
);
export const PATCH = handleEndpoint(api.updateMetadataSettingsEndpoints.patch, ({ actor, body }) =>
  saveMetadataSettings(actor, body),
);
