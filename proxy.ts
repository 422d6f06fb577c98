import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config";

/**
 * First gate only: pages need a session token, or go to /login. Every page, action and route
 * handler checks the session (or API key) and the role again itself.
 */
export async function proxy(request: NextRequest) {
  const secret = getConfig().AUTH_SECRET;
  // Behind an HTTPS proxy the cookie carries the __Secure- prefix; on plain HTTP it does not.
  const token =
    (await getToken({ req: request, secret, secureCookie: true })) ??
    (await getToken({ req: request, secret, secureCookie: false }));
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") login.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(login);
}

export const config = {
  // Not gated here: auth pages, the offline page and PWA files, API routes and feeds (they answer
  // 401 JSON themselves and accept API keys, which this gate does not know about).
  matcher: ["/((?!api/|feed/|_next/|login|setup|offline|manifest.webmanifest|sw.js|icons/|favicon.ico|robots.txt).*)"],
};
