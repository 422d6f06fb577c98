import { api, handleEndpoint } from "@/lib/api";
import { createDownloadClientRecord, listDownloadClients } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.listDownloadClientsEndpoint, async ({ actor }) => ({
  items: await listDownloadClients(actor),
}));
export const POST = handleEndpoint(api.createDownloadClientEndpoint, ({ actor, body }) =>
  createDownloadClientRecord(actor, body),
);
