import { api, handleEndpoint } from "@/lib/api";
import { listQueue } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.queueEndpoint, async ({ actor }) => ({ items: await listQueue(actor) }));
