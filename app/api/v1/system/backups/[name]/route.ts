import { requireRequestActor } from "@/lib/accounts/next";
import { errorResponse } from "@/lib/api";
import { openBackupDownload } from "@/lib/backups";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A backup file (database and secret key), streamed to an admin: GET /api/v1/system/backups/<name>. */
export async function GET(request: Request, context: { params: Promise<{ name: string }> }): Promise<Response> {
  try {
    const { stream, bytes, name } = openBackupDownload(
      await requireRequestActor(request, "admin"),
      (await context.params).name,
    );
    return new Response(stream, {
      headers: {
        "Content-Type": "application/gzip",
        "Content-Length": String(bytes),
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
