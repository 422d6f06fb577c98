import { withAuth } from "next-auth/middleware";
import { getConfig } from "@/lib/config";

/**
 * First gate only: pages need a session token, or go to /login. Every page, action and route
 * handler checks the session (or API key) and the role again itself.
 */
export default withAuth({
  secret: getConfig().AUTH_SECRET,
  pages: { signIn: "/login" },
});

export const config = {
  // Not gated here: auth pages, the offline page and PWA files, and API routes (they answer
  // 401 JSON themselves and accept API keys, which this gate does not know about).
  matcher: ["/((?!api/|_next/|login|setup|offline|manifest.webmanifest|sw.js|icons/|favicon.ico|robots.txt).*)"],
};
