import { api, handleEndpoint } from "@/lib/api";
import { interactiveSearch } from "@/lib/automation";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.releasesEndpoint, ({ actor, query, request }) =>
  interactiveSearch(actor, query, { signal: request.signal }),
);
