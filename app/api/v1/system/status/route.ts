import { api, handleEndpoint } from "@/lib/api";
import { getSystemStatus } from "@/lib/system";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.systemStatus, ({ actor }) => getSystemStatus(actor));
