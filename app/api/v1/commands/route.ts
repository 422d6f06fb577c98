import { api, handleEndpoint } from "@/lib/api";
import { runCommand } from "@/lib/automation";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.commandEndpoint, async ({ actor, body }) => runCommand(actor, body));
