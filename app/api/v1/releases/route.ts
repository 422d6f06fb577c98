import { api, handleEndpoint } from "@/lib/api";
import { collectSearch, queryForSubject } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.releasesEndpoint, async ({ actor, query, request }) =>
  collectSearch(actor, await queryForSubject(actor, query), { mode: "interactive", signal: request.signal }),
);
