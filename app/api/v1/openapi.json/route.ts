import { NextResponse } from "next/server";
import { requireRequestActor } from "@/lib/accounts/next";
import { buildOpenApiDocument, errorResponse } from "@/lib/api";
import { appVersion } from "@/lib/system";

export async function GET(request: Request) {
  try {
    await requireRequestActor(request, "read");
    return NextResponse.json(buildOpenApiDocument(appVersion));
  } catch (error) {
    return errorResponse(error);
  }
}
