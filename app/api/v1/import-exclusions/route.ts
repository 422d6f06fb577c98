import { api, handleEndpoint } from "@/lib/api";
import { addImportExclusion, listImportExclusions } from "@/lib/catalog";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listImportExclusionsEndpoint, async ({ actor }) => ({
  items: await listImportExclusions(actor),
}));
export const POST = handleEndpoint(api.addImportExclusionEndpoint, ({ actor, body }) =>
  addImportExclusion(actor, body),
);
