import { api, handleEndpoint } from "@/lib/api";
import { resumeDownload } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.resumeDownloadEndpoint, ({ actor, params }) => resumeDownload(actor, params.id));
