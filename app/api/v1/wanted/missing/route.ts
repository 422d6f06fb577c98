import { api, handleEndpoint } from "@/lib/api";
import { wantedMissing } from "@/lib/automation";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.wantedMissingEndpoint, async ({ actor, query }) => wantedMissing(actor, query));
