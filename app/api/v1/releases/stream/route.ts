import { errorResponse } from "@/lib/api";
import { requireRequestActor } from "@/lib/accounts/next";
import { assertCan } from "@/lib/accounts";
import { judgeReleases, subjectContext, type SubjectContext } from "@/lib/automation";
import { parseInput } from "@/lib/errors";
import { queryForSubject, searchReleases, searchSubjectSchema, type ParsedRelease } from "@/lib/indexers";
import { logger } from "@/lib/logger";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Interactive search as NDJSON: one JSON event per line (started, results, failed, skipped, done)
 * as each indexer answers, so the page shows the fast ones while the slow ones still work. For a
 * catalog item, a `decisions` event just before `done` judges every release against the item's
 * quality profile and files on disk (accepted by rank, every rejection reason, format scores).
 */
export async function GET(request: Request): Promise<Response> {
  let events: ReturnType<typeof searchReleases>;
  let judged: SubjectContext | null;
  try {
    const actor = await requireRequestActor(request, "manage");
    assertCan(actor, "manage");
    const subject = parseInput(searchSubjectSchema, Object.fromEntries(new URL(request.url).searchParams));
    const query = await queryForSubject(actor, subject);
    judged = await subjectContext(actor, subject);
    events = searchReleases(actor, query, { mode: "interactive", signal: request.signal });
  } catch (error) {
    return errorResponse(error);
  }
  const encoder = new TextEncoder();
  const send = (controller: ReadableStreamDefaultController<Uint8Array>, event: unknown) =>
    controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const releases: ParsedRelease[] = [];
      try {
        for await (const event of events) {
          if (event.type === "results") releases.push(...event.releases);
          if (event.type === "done" && judged) {
            try {
              send(controller, { type: "decisions", decisions: judgeReleases(judged, releases) });
            } catch (error) {
              logger.error({ err: error }, "release decisions failed");
              send(controller, {
                type: "decisions-failed",
                message: error instanceof Error ? error.message : "could not judge the releases",
              });
            }
          }
          send(controller, event);
        }
      } catch (error) {
        logger.error({ err: error }, "release search stream failed");
        const message = error instanceof Error ? error.message : "search failed";
        send(controller, { type: "error", message });
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
