import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/api";
import { clientAddressFromHeaders } from "@/lib/http-server";
import { relayRequest } from "@/lib/metadata";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Metadata relay for other Mydia installs (RELAY_TMDB_API_KEY); no session, no user data. */
export async function GET(request: Request, context: { params: Promise<{ path: string[] }> }): Promise<Response> {
  try {
    const { path } = await context.params;
    const body = await relayRequest(
      path.join("/"),
      new URL(request.url).searchParams,
      clientAddressFromHeaders(request.headers),
    );
    return NextResponse.json(body, { headers: { "Cache-Control": "public, max-age=600" } });
  } catch (error) {
    return errorResponse(error);
  }
}
