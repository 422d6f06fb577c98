import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getConfig } from "@/lib/config";
import { UnauthorizedError } from "@/lib/errors";
import { assertCan, type Actor } from "./actor";
import { authOptions } from "./auth-options";
import { LINK_COOKIE } from "./auth-route";
import { resolveCredential, type Credential } from "./credential";
import { can, type Capability } from "./roles";

/**
 * Next-bound helpers: the signed-in actor for pages, server actions and route handlers.
 * The role always comes from the database, and a session that was signed out, or whose token
 * version no longer matches (password or role changed since), counts as signed out.
 */
async function sessionCredential(): Promise<Credential | null> {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id || !session.user.sessionId) return null;
  return {
    kind: "session",
    userId: session.user.id,
    tokenVersion: session.user.tokenVersion,
    sessionId: session.user.sessionId,
  };
}

/**
 * Once per server render: the layout and the page both ask, and each answer costs a token
 * decryption and two queries. Outside a render (actions, route handlers) React's cache does not
 * apply and every call resolves afresh.
 */
const sessionActor = cache(async (): Promise<Actor | null> => {
  const credential = await sessionCredential();
  return credential ? resolveCredential(credential) : null;
});

/** For pages: redirects to /login when signed out, renders 403 when the role lacks the capability. */
export async function requirePageActor(capability: Capability): Promise<Extract<Actor, { kind: "user" }>> {
  const actor = await sessionActor();
  if (!actor || actor.kind !== "user") redirect("/login");
  if (!can(actor.role, capability)) forbidden();
  return actor;
}

/** For server actions: throws UnauthorizedError/ForbiddenError (mapped to the form's error). */
export async function requireActionActor(capability: Capability): Promise<Actor> {
  const actor = await sessionActor();
  if (!actor) throw new UnauthorizedError("Your session ended: sign in again.");
  assertCan(actor, capability);
  return actor;
}

function apiKeyFrom(request: Request): string | null {
  const header = request.headers.get("x-api-key");
  if (header) return header.trim();
  const authorization = request.headers.get("authorization");
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1] : null;
}

/**
 * For route handlers: an API key (X-Api-Key or Authorization: Bearer) or the session cookie.
 * Also answers the credential, so a long-lived response (the event stream) can check it again.
 */
export async function requireRequestCredential(
  request: Request,
  capability: Capability,
  keyFromQuery: string | null = null,
): Promise<{ actor: Extract<Actor, { kind: "user" }>; credential: Credential }> {
  const key = apiKeyFrom(request) ?? keyFromQuery;
  // Without a key or any cookie there is no session to look up.
  const hasCookie = !!request.headers.get("cookie");
  const credential: Credential | null = key ? { kind: "api-key", key } : hasCookie ? await sessionCredential() : null;
  const actor = credential ? await resolveCredential(credential) : null;
  if (!credential || !actor) throw new UnauthorizedError(key ? "Invalid or revoked API key" : undefined);
  assertCan(actor, capability);
  return { actor, credential };
}

/** `keyFromQuery`: the key *arr clients put in the URL (`?apikey=`), for the routes that accept it there. */
export async function requireRequestActor(
  request: Request,
  capability: Capability,
  keyFromQuery: string | null = null,
): Promise<Actor> {
  return (await requireRequestCredential(request, capability, keyFromQuery)).actor;
}

/**
 * "Link my account" on the profile page: marks this browser's session as asking to link, for ten
 * minutes. The OIDC callback then links the identity to this user instead of signing someone in.
 */
export async function startIdentityLink(): Promise<void> {
  await requireActionActor("browse");
  const credential = await sessionCredential();
  if (!credential || credential.kind !== "session") throw new UnauthorizedError("Your session ended: sign in again.");
  (await cookies()).set(LINK_COOKIE, credential.sessionId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 600,
    secure: getConfig().BASE_URL.startsWith("https://"),
  });
}
