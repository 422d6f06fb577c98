import NextAuth, { getServerSession, type NextAuthOptions } from "next-auth";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { logger } from "@/lib/logger";
import { authFailures } from "./auth-logger";
import { authOptions } from "./auth-options";
import { OIDC_PROVIDER_ID, oidcProvider } from "./oidc-provider";
import { resolveOidcUser, type OidcClaims } from "./oidc-sign-in";
import { classifyOidcFailure, SignInRefusedError } from "./sign-in-errors";
import { oidcSettings, type OidcSettings } from "./sign-in-settings";
import type { AuthenticatedUser } from "./users.service";

/** Set by "Link my account" on the profile page: names the session that asked (see startIdentityLink). */
export const LINK_COOKIE = "mydia.sso-link";

async function currentOidcSettings(): Promise<OidcSettings | null> {
  try {
    return await oidcSettings();
  } catch (error) {
    // An undecryptable secret (AUTH_SECRET changed) leaves single sign-on off until it is entered again.
    logger.child({ context: "auth" }).warn({ err: error }, "single sign-on is off: its settings cannot be read");
    return null;
  }
}

/** The signed-in user who asked to link their account, when the link cookie names their live session. */
async function linkingUserId(): Promise<string | null> {
  const intent = (await cookies()).get(LINK_COOKIE)?.value;
  if (!intent) return null;
  const session = await getServerSession(authOptions());
  return session?.user?.sessionId === intent ? session.user.id : null;
}

/**
 * The options for this request: the provider is read from the database each time (the admin
 * changes it at runtime). An OIDC sign-in resolves its Mydia user in signIn and hands it to the
 * shared jwt callback, so the session row, role checks and sign-out are those of a password sign-in.
 */
async function requestAuthOptions(callback: boolean): Promise<NextAuthOptions> {
  const base = authOptions();
  const settings = await currentOidcSettings();
  if (!settings) return base;
  const linkToUserId = callback ? await linkingUserId() : null;
  let resolved: AuthenticatedUser | null = null;
  return {
    ...base,
    providers: [...base.providers, oidcProvider(settings)],
    callbacks: {
      ...base.callbacks,
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        try {
          resolved = await resolveOidcUser(settings, profile as OidcClaims, { linkToUserId });
          return true;
        } catch (error) {
          if (error instanceof SignInRefusedError) throw error;
          logger.child({ context: "auth" }).error({ err: error }, "single sign-on: resolving the user failed");
          throw new SignInRefusedError("OidcFailed");
        }
      },
      jwt(params) {
        const user =
          params.user && params.account?.provider === OIDC_PROVIDER_ID && resolved
            ? { ...resolved, name: resolved.username }
            : params.user;
        return base.callbacks!.jwt!({ ...params, user });
      },
    },
  };
}

const genericCodes = new Set(["OAuthSignin", "OAuthCallback", "Callback"]);

/** next-auth's generic failure code replaced by what actually went wrong (wrong secret, state, unreachable). */
function withSpecificError(target: string, failure: unknown): string {
  const url = new URL(target, "http://mydia.invalid");
  const code = url.searchParams.get("error");
  if (!code || !genericCodes.has(code) || failure === undefined) return target;
  url.searchParams.set("error", classifyOidcFailure(failure));
  return target.startsWith("http") ? url.toString() : url.pathname + url.search;
}

/** A copy of the response (next-auth's headers may be immutable) with the specific failure code. */
async function rewriteFailure(response: Response, failure: unknown): Promise<Response> {
  const headers = new Headers(response.headers);
  const location = headers.get("location");
  if (location) {
    headers.set("location", withSpecificError(location, failure));
    return new Response(response.body, { status: response.status, headers });
  }
  if (failure !== undefined && headers.get("content-type")?.includes("application/json")) {
    const body = (await response.json()) as { url?: unknown };
    headers.delete("content-length");
    const rewritten = typeof body.url === "string" ? { ...body, url: withSpecificError(body.url, failure) } : body;
    return new Response(JSON.stringify(rewritten), { status: response.status, headers });
  }
  return new Response(response.body, { status: response.status, headers });
}

type AuthRouteContext = { params: Promise<{ nextauth: string[] }> };

/** GET and POST /api/auth/*: next-auth with this request's providers and specific failure codes. */
export async function authRoute(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  const store: { error?: unknown } = {};
  return authFailures.run(store, async () => {
    const { nextauth } = await context.params;
    const isOidcCallback = nextauth?.[0] === "callback" && nextauth[1] === OIDC_PROVIDER_ID;
    const options = await requestAuthOptions(isOidcCallback);
    const response = (await NextAuth(options)(request, context)) as Response;
    const rewritten = await rewriteFailure(response, store.error);
    if (isOidcCallback)
      rewritten.headers.append("set-cookie", `${LINK_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
    return rewritten;
  });
}
