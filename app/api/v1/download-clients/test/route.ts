import { api, handleEndpoint } from "@/lib/api";
import { testDownloadClient } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.testNewDownloadClientEndpoint, ({ actor, body }) =>
  testDownloadClient(actor, null, body),
);
