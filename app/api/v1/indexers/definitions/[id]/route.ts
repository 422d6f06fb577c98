import { api, handleEndpoint } from "@/lib/api";
import { definitionSettings } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.definitionSettingsEndpoint, ({ actor, params }) =>
  definitionSettings(actor, params.id),
);
