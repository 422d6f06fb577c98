import { errorResponse } from "@/lib/api";
import { requireRequestActor } from "@/lib/accounts/next";
import { systemLogsDownload } from "@/lib/system";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** System → Logs → Download: the filtered lines (level, context, q) as JSON lines, oldest first. */
export async function GET(request: Request): Promise<Response> {
  try {
    const actor = await requireRequestActor(request, "admin");
    const { fileName, body } = await systemLogsDownload(actor, Object.fromEntries(new URL(request.url).searchParams));
    return new Response(body, {
      headers: {
        "Content-Type": "application/x-ndjson; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
