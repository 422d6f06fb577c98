import { api, handleEndpoint } from "@/lib/api";
import { listQualitySizes, updateQualitySizes } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listQualityDefinitionsEndpoint, ({ actor }) => listQualitySizes(actor));
export const PUT = handleEndpoint(api.updateQualityDefinitionsEndpoint, ({ actor, body }) =>
  updateQualitySizes(actor, body),
);
