import { requireRequestActor } from "@/lib/accounts/next";
import { errorResponse } from "@/lib/api";
import { createEventStream } from "@/lib/events";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    await requireRequestActor(request, "read");
  } catch (error) {
    return errorResponse(error);
  }
  const header = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  const lastEventId = header && /^\d+$/.test(header) ? Number(header) : null;
  return new Response(createEventStream({ lastEventId, signal: request.signal }), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
