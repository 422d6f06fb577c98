import { api, handleStreamEndpoint } from "@/lib/api";
import { startInteractiveSearch } from "@/lib/automation";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
export const GET = handleStreamEndpoint(api.releasesStreamEndpoint, ({ actor, query, request }) =>
  startInteractiveSearch(actor, query, { signal: request.signal }),
);
