import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { forbiddenPageHtml, mayOpenPage } from "@/lib/accounts/page-access";
import { getConfig } from "@/lib/config";

/**
 * First gate: pages need a session token (else /login) and the capability their path needs (else
 * 403 before anything renders or streams). Every page, action and route handler checks the session
 * (or API key) and the role again itself.
 */
export async function proxy(request: NextRequest) {
  const secret = getConfig().AUTH_SECRET;
  // Behind an HTTPS proxy the cookie carries the __Secure- prefix; on plain HTTP it does not.
  const token =
    (await getToken({ req: request, secret, secureCookie: true })) ??
    (await getToken({ req: request, secret, secureCookie: false }));
  if (token) {
    if (mayOpenPage(token.role, request.nextUrl.pathname)) return NextResponse.next();
    return new NextResponse(forbiddenPageHtml, {
      status: 403,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const login = new URL("/login", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") login.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(login);
}

export const config = {
  // Not gated here: auth pages, the offline page and PWA files, API routes (/api, the *arr personas'
  // /radarr/api and /sonarr/api, Prometheus' /metrics) and feeds (they answer
  // 401 JSON themselves and accept API keys, which this gate does not know about).
  matcher: [
    "/((?!api/|radarr/api|sonarr/api|metrics$|feed/|_next/|login|setup|offline|manifest.webmanifest|sw.js|icons/|favicon.ico|robots.txt).*)",
  ],
};
