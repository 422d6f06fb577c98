import { api, handleEndpoint } from "@/lib/api";
import { deleteSeries, getSeriesWithFiles, updateSeriesWithFiles } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.getSeriesEndpoint, ({ actor, params }) => getSeriesWithFiles(actor, params.id));
export const PUT = handleEndpoint(api.updateSeriesEndpoints.put, ({ actor, params, body }) =>
  updateSeriesWithFiles(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.updateSeriesEndpoints.patch, ({ actor, params, body }) =>
  updateSeriesWithFiles(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.deleteSeriesEndpoint, async ({ actor, params, query }) => ({
  deleted: true as const,
  ...(await deleteSeries(actor, params.id, query)),
}));
