import { api, handleEndpoint } from "@/lib/api";
import { importFromProwlarr } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.importProwlarrEndpoint, ({ actor, body }) => importFromProwlarr(actor, body));
