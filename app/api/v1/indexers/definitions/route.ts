import { api, handleEndpoint } from "@/lib/api";
import { listDefinitions, uploadDefinition } from "@/lib/indexers";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listDefinitionsEndpoint, async ({ actor }) => ({
  items: await listDefinitions(actor),
}));
export const POST = handleEndpoint(api.uploadDefinitionEndpoint, ({ actor, body }) =>
  uploadDefinition(actor, body.yaml),
);
