import { api, handleEndpoint } from "@/lib/api";
import { listUnmatched } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.unmatchedEndpoint, ({ actor, params, query }) =>
  listUnmatched(actor, params.id, query.page, query.pageSize),
);
