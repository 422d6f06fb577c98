import { api, handleEndpoint } from "@/lib/api";
import { deleteDownloadClient, getDownloadClient, updateDownloadClient } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.getDownloadClientEndpoint, ({ actor, params }) =>
  getDownloadClient(actor, params.id),
);
export const PUT = handleEndpoint(api.updateDownloadClientEndpoints.put, ({ actor, params, body }) =>
  updateDownloadClient(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.updateDownloadClientEndpoints.patch, ({ actor, params, body }) =>
  updateDownloadClient(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.deleteDownloadClientEndpoint, async ({ actor, params }) => {
  await deleteDownloadClient(actor, params.id);
  return { deleted: true as const };
});
