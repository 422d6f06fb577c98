import { api, handleEndpoint } from "@/lib/api";
import { createLibrary, listLibraries } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listLibrariesEndpoint, async ({ actor }) => ({
  items: await listLibraries(actor),
}));
export const POST = handleEndpoint(api.createLibraryEndpoint, ({ actor, body }) => createLibrary(actor, body));
