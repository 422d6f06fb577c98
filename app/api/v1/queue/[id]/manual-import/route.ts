import { api, handleEndpoint } from "@/lib/api";
import { manualImportDownload } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.manualImportDownloadEndpoint, ({ actor, params, body }) =>
  manualImportDownload(actor, params.id, body),
);
