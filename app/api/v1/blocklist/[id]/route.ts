import { api, handleEndpoint } from "@/lib/api";
import { removeFromBlocklist } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const DELETE = handleEndpoint(api.removeFromBlocklistEndpoint, async ({ actor, params }) => {
  await removeFromBlocklist(actor, params.id);
  return { deleted: true as const };
});
