import { errorResponse } from "@/lib/api";
import { requireRequestActor } from "@/lib/accounts/next";
import { metricsText } from "@/lib/system";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Prometheus scrape endpoint: an API key (Authorization: Bearer or X-Api-Key) of a role that may read. */
export async function GET(request: Request): Promise<Response> {
  try {
    const { contentType, body } = await metricsText(await requireRequestActor(request, "read"));
    return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
