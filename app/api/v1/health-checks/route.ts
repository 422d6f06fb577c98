import { api, handleEndpoint } from "@/lib/api";
import { healthChecks } from "@/lib/system";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.healthChecksEndpoint, ({ actor }) => healthChecks(actor));
