import { api, handleEndpoint } from "@/lib/api";
import { importCustomFormats } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const POST = handleEndpoint(api.importCustomFormatsEndpoint, ({ actor, body }) =>
  importCustomFormats(actor, body),
);
