import { api, handleEndpoint } from "@/lib/api";
import { judgeReleases, subjectContext } from "@/lib/automation";
import { collectSearch, queryForSubject } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.releasesEndpoint, async ({ actor, query, request }) => {
  const judged = await subjectContext(actor, query);
  const found = await collectSearch(actor, await queryForSubject(actor, query), {
    mode: "interactive",
    signal: request.signal,
  });
  return { ...found, decisions: judged ? judgeReleases(judged, found.releases) : null };
});
