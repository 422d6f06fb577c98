import { api, handleEndpoint } from "@/lib/api";
import { addPathMapping, listPathMappings } from "@/lib/library";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listPathMappingsEndpoint, async ({ actor }) => ({
  items: await listPathMappings(actor),
}));
export const POST = handleEndpoint(api.createPathMappingEndpoint, ({ actor, body }) => addPathMapping(actor, body));
