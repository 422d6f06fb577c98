import { NextResponse } from "next/server";
import { getHealth } from "@/lib/system";

export const dynamic = "force-dynamic";

// Public on purpose (Docker HEALTHCHECK, load balancers): it reveals only up/down and the version.
export async function GET() {
  const health = await getHealth();
  return NextResponse.json(health, {
    status: health.status === "down" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
