import { api, handleEndpoint } from "@/lib/api";
import { addToBlocklist, listBlocklist } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.blocklistEndpoint, async ({ actor }) => ({ items: await listBlocklist(actor) }));
export const POST = handleEndpoint(api.addToBlocklistEndpoint, ({ actor, body }) => addToBlocklist(actor, body));
