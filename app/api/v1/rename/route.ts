import { api, handleEndpoint } from "@/lib/api";
import { renameFiles } from "@/lib/library";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.renameEndpoint, ({ actor, body }) => renameFiles(actor, body));
