import { ForbiddenError } from "@/lib/errors";
import { roleAtLeast, type Role } from "./roles";

/** Who is acting: a signed-in user or API key holder, or the worker itself. Services authorize on it. */
export type Actor =
  { kind: "user"; userId: string; username: string; role: Role; via: "session" | "api-key" } | { kind: "system" };

export const systemActor: Actor = { kind: "system" };

export function assertRole(actor: Actor, minimum: Role): void {
  if (actor.kind === "system") return;
  if (!roleAtLeast(actor.role, minimum)) throw new ForbiddenError();
}

export function actorId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}
