import { api, handleEndpoint } from "@/lib/api";
import { retryImport } from "@/lib/downloads";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.retryImportEndpoint, ({ actor, params }) => retryImport(actor, params.id));
