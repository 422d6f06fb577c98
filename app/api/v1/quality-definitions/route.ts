import { api, handleEndpoint } from "@/lib/api";
import { listQualitySizes, updateQualitySizes } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listQualityDefinitionsEndpoint, ({ actor }) => listQualitySizes(actor));
export const PUT = handleEndpoint(api.updateQualityDefinitionsEndpoints.put, ({ actor, body }) =>
  updateQualitySizes(actor, body),
);
export const PATCH = handleEndpoint(api.updateQualityDefinitionsEndpoints.patch, ({ actor, body }) =>
  updateQualitySizes(actor, body),
);
