import { api, handleEndpoint } from "@/lib/api";
import { testDownloadClient } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.testDownloadClientEndpoint, ({ actor, params, body }) =>
  testDownloadClient(actor, params.id, Object.keys(body).length ? body : undefined),
);
