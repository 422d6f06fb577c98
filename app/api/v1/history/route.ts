import { api, handleEndpoint } from "@/lib/api";
import { listHistory } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.historyEndpoint, ({ actor, query }) => listHistory(actor, query));
