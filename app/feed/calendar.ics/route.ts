import { errorResponse } from "@/lib/api";
import { calendarFeed } from "@/lib/catalog";
import { getConfig } from "@/lib/config";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** iCal feed for calendar apps: /feed/calendar.ics?apikey=…&pastDays=7&futureDays=28&unmonitored=false */
export async function GET(request: Request): Promise<Response> {
  try {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const body = await calendarFeed(query, getConfig().BASE_URL);
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="mydia.ics"',
        "Cache-Control": "private, max-age=300",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
