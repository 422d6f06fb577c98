import { errorResponse } from "@/lib/api";
import { requireRequestActor } from "@/lib/accounts/next";
import { assertRole } from "@/lib/accounts";
import { parseInput } from "@/lib/errors";
import { queryForSubject, searchReleases, searchSubjectSchema } from "@/lib/indexers";
import { logger } from "@/lib/logger";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Interactive search as NDJSON: one JSON event per line (started, results, failed, skipped, done)
 * as each indexer answers, so the page shows the fast ones while the slow ones still work.
 */
export async function GET(request: Request): Promise<Response> {
  let events: ReturnType<typeof searchReleases>;
  try {
    const actor = await requireRequestActor(request, "user");
    assertRole(actor, "user");
    const subject = parseInput(searchSubjectSchema, Object.fromEntries(new URL(request.url).searchParams));
    const query = await queryForSubject(actor, subject);
    events = searchReleases(actor, query, { mode: "interactive", signal: request.signal });
  } catch (error) {
    return errorResponse(error);
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        for await (const event of events) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      } catch (error) {
        logger.error({ err: error }, "release search stream failed");
        const message = error instanceof Error ? error.message : "search failed";
        controller.enqueue(encoder.encode(`${JSON.stringify({ type: "error", message })}\n`));
      } finally {
        controller.close();
      }
    },
    cancel() {
      void events.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
