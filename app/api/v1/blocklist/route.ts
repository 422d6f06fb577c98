import { api, handleEndpoint } from "@/lib/api";
import { listBlocklist } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.blocklistEndpoint, async ({ actor }) => ({ items: await listBlocklist(actor) }));
