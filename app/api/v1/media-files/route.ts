import { api, handleEndpoint } from "@/lib/api";
import { listMediaFiles } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.mediaFilesEndpoint, async ({ actor, query }) => ({
  items: await listMediaFiles(actor, query),
}));
