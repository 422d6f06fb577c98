import { api, handleEndpoint } from "@/lib/api";
import { exportCustomFormats } from "@/lib/quality";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.exportCustomFormatsEndpoint, ({ actor, query }) =>
  exportCustomFormats(actor, query.id),
);
