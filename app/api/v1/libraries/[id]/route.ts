import { api, handleEndpoint } from "@/lib/api";
import { deleteLibrary, getLibrary, updateLibrary } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.getLibraryEndpoint, ({ actor, params }) => getLibrary(actor, params.id));
export const PUT = handleEndpoint(api.updateLibraryEndpoints.put, ({ actor, params, body }) =>
  updateLibrary(actor, params.id, body),
);
export const PATCH = handleEndpoint(api.updateLibraryEndpoints.patch, ({ actor, params, body }) =>
  updateLibrary(actor, params.id, body),
);
export const DELETE = handleEndpoint(api.deleteLibraryEndpoint, async ({ actor, params }) => {
  await deleteLibrary(actor, params.id);
  return { deleted: true as const };
});
