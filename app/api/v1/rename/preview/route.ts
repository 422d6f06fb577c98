import { api, handleEndpoint } from "@/lib/api";
import { previewRename } from "@/lib/library";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.renamePreviewEndpoint, async ({ actor, body }) => ({
  items: await previewRename(actor, body),
}));
