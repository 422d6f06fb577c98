import { resolveCredential } from "@/lib/accounts";
import { requireRequestCredential } from "@/lib/accounts/next";
import { errorResponse } from "@/lib/api";
import { createEventStream } from "@/lib/events";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  let auth: Awaited<ReturnType<typeof requireRequestCredential>>;
  try {
    auth = await requireRequestCredential(request, "browse");
  } catch (error) {
    return errorResponse(error);
  }
  const { actor, credential } = auth;
  const header = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  const lastEventId = header && /^\d+$/.test(header) ? Number(header) : null;
  const reader = {
    role: actor.role,
    userId: actor.kind === "user" ? actor.userId : null,
    recheck: async () => (await resolveCredential(credential))?.role ?? null,
  };
  return new Response(createEventStream({ lastEventId, signal: request.signal, reader }), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
