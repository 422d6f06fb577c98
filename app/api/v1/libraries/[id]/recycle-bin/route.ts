import { api, handleEndpoint } from "@/lib/api";
import { listRecycleBin } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.recycleBinEndpoint, ({ actor, params }) => listRecycleBin(actor, params.id));
