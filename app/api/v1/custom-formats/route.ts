import { api, handleEndpoint } from "@/lib/api";
import { listCustomFormats, createCustomFormat } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.customFormatEndpoints.list, ({ actor }) => listCustomFormats(actor));
export const POST = handleEndpoint(api.customFormatEndpoints.create, ({ actor, body }) =>
  createCustomFormat(actor, body),
);
