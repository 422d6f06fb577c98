import { api, handleEndpoint } from "@/lib/api";
import { deletePathMapping, updatePathMapping } from "@/lib/library";

export const dynamic = "force-dynamic";
export const PUT = handleEndpoint(api.updatePathMappingEndpoints.put, ({ actor, params, body }) =>
  updatePathMapping(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.updatePathMappingEndpoints.patch, ({ actor, params, body }) =>
  updatePathMapping(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.deletePathMappingEndpoint, async ({ actor, params }) => {
  await deletePathMapping(actor, params.id);
  return { deleted: true as const };
});
