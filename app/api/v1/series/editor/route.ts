import { api, handleEndpoint } from "@/lib/api";
import { bulkEditSeries, bulkRemoveSeries } from "@/lib/library";

export const dynamic = "force-dynamic";
export const PUT = handleEndpoint(api.seriesEditorEndpoint, ({ actor, body }) => bulkEditSeries(actor, body));
export const DELETE = handleEndpoint(api.seriesRemoveEndpoint, ({ actor, body }) => bulkRemoveSeries(actor, body));
