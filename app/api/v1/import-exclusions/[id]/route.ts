import { api, handleEndpoint } from "@/lib/api";
import { removeImportExclusion } from "@/lib/catalog";

export const dynamic = "force-dynamic";
export const DELETE = handleEndpoint(api.deleteImportExclusionEndpoint, async ({ actor, params }) => {
  await removeImportExclusion(actor, params.id);
  return { deleted: true as const };
});
