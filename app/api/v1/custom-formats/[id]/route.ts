import { api, handleEndpoint } from "@/lib/api";
import { getCustomFormat, updateCustomFormat, deleteCustomFormat } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.customFormatEndpoints.get, ({ actor, params }) =>
  getCustomFormat(actor, params.id),
);
export const PUT = handleEndpoint(api.customFormatEndpoints.put, ({ actor, params, body }) =>
  updateCustomFormat(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.customFormatEndpoints.patch, ({ actor, params, body }) =>
  updateCustomFormat(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.customFormatEndpoints.remove, async ({ actor, params }) => {
  await deleteCustomFormat(actor, params.id);
  return { deleted: true as const };
});
