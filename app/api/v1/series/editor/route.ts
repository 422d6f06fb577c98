import { api, handleEndpoint } from "@/lib/api";
import { removeSeries } from "@/lib/catalog";
import { bulkEditSeries } from "@/lib/library";

export const dynamic = "force-dynamic";
export const PUT = handleEndpoint(api.seriesEditorEndpoint, ({ actor, body }) => bulkEditSeries(actor, body));
export const DELETE = handleEndpoint(api.seriesRemoveEndpoint, ({ actor, body }) => removeSeries(actor, body));
