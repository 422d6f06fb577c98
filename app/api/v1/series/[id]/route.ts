import { api, handleEndpoint } from "@/lib/api";
import { deleteSeries, getSeries, updateSeries } from "@/lib/catalog";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.getSeriesEndpoint, ({ actor, params }) => getSeries(actor, params.id));
export const PATCH = handleEndpoint(api.updateSeriesEndpoint, ({ actor, params, body }) => updateSeries(actor, params.id, body));
export const DELETE = handleEndpoint(api.deleteSeriesEndpoint, async ({ actor, params }) => {
  await deleteSeries(actor, params.id);
  return { deleted: true as const };
});
