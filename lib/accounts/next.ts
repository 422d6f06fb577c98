import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { UnauthorizedError } from "@/lib/errors";
import { assertCan, type Actor } from "./actor";
import { verifyApiKey } from "./api-keys";
import { authOptions } from "./auth-options";
import { can, type Capability } from "./roles";
import { resolveSessionUser } from "./users.service";

/**
 * Next-bound helpers: the signed-in actor for pages, server actions and route handlers.
 * The role always comes from the database, and a session whose token version no longer
 * matches (password or role changed since) counts as signed out.
 */
async function sessionActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const user = await resolveSessionUser(session.user.id, session.user.tokenVersion);
  return user ? { kind: "user", userId: user.id, username: user.username, role: user.role, via: "session" } : null;
}

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

/** For route handlers: an API key (X-Api-Key or Authorization: Bearer) or the session cookie. */
export async function requireRequestActor(request: Request, capability: Capability): Promise<Actor> {
  const key = apiKeyFrom(request);
  let actor: Actor | null;
  if (key) {
    const owner = await verifyApiKey(key);
    if (!owner) throw new UnauthorizedError("Invalid or revoked API key");
    actor = { kind: "user", ...owner, via: "api-key" };
  } else {
    actor = await sessionActor();
  }
  if (!actor) throw new UnauthorizedError();
  assertCan(actor, capability);
  return actor;
}
