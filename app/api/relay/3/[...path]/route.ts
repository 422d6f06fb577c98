import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/api";
import { relayRequest } from "@/lib/metadata";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The client a relay's rate limit applies to: the first forwarded address (Next sets it), else one bucket. */
function clientOf(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "unknown";
}

/** Metadata relay for other Mydia installs (RELAY_TMDB_API_KEY); no session, no user data. */
export async function GET(request: Request, context: { params: Promise<{ path: string[] }> }): Promise<Response> {
  try {
    const { path } = await context.params;
    const body = await relayRequest(path.join("/"), new URL(request.url).searchParams, clientOf(request));
    return NextResponse.json(body, { headers: { "Cache-Control": "public, max-age=600" } });
  } catch (error) {
    return errorResponse(error);
  }
}
