import { api, handleEndpoint } from "@/lib/api";
import { listSeries } from "@/lib/catalog";
import { addSeriesWithFiles } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listSeriesEndpoint, ({ actor, query }) => listSeries(actor, query));
export const POST = handleEndpoint(api.addSeriesEndpoint, ({ actor, body }) => addSeriesWithFiles(actor, body));
