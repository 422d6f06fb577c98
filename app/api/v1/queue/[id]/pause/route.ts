import { api, handleEndpoint } from "@/lib/api";
import { pauseDownload } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.pauseDownloadEndpoint, ({ actor, params }) => pauseDownload(actor, params.id));
