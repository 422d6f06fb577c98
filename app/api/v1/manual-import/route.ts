import { api, handleEndpoint } from "@/lib/api";
import { manualImport } from "@/lib/library";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.manualImportEndpoint, async ({ actor, body }) => ({
  items: await manualImport(actor, body),
}));
