import { api, handleEndpoint } from "@/lib/api";
import { calendar } from "@/lib/catalog";

export const dynamic = "force-dynamic";
export const GET = handleEndpoint(api.calendarEndpoint, async ({ actor, query }) => ({
  items: await calendar(actor, query),
}));
