import { api, handleEndpoint } from "@/lib/api";
import { refreshDefinitions } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.refreshDefinitionsEndpoint, ({ actor }) => refreshDefinitions(actor));
