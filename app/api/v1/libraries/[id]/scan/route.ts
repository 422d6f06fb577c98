import { api, handleEndpoint } from "@/lib/api";
import { requestScan } from "@/lib/library";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.scanLibraryEndpoint, ({ actor, params }) => requestScan(actor, params.id));
