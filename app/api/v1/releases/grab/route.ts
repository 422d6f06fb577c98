import { api, handleEndpoint } from "@/lib/api";
import { releaseEpisodes, releaseRejections } from "@/lib/automation";
import { grab } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.grabReleaseEndpoint, ({ actor, body, request }) =>
  grab(actor, body, { signal: request.signal, judge: releaseRejections, coverage: releaseEpisodes }),
);
