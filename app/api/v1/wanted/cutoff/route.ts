import { api, handleEndpoint } from "@/lib/api";
import { wantedCutoffUnmet } from "@/lib/automation";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.wantedCutoffEndpoint, async ({ actor, query }) =>
  wantedCutoffUnmet(actor, query),
);
