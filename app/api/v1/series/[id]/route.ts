import { api, handleEndpoint } from "@/lib/api";
import { deleteSeries, getSeries } from "@/lib/catalog";
import { updateSeriesMonitoring } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.getSeriesEndpoint, ({ actor, params }) => getSeries(actor, params.id));
export const PUT = handleEndpoint(api.updateSeriesEndpoints.put, ({ actor, params, body }) =>
  updateSeriesMonitoring(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.updateSeriesEndpoints.patch, ({ actor, params, body }) =>
  updateSeriesMonitoring(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.deleteSeriesEndpoint, async ({ actor, params }) => {
  await deleteSeries(actor, params.id);
  return { deleted: true as const };
});
