import { api, handleEndpoint } from "@/lib/api";
import { listDownloadFiles } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.downloadFilesEndpoint, ({ actor, params }) =>
  listDownloadFiles(actor, params.id),
);
