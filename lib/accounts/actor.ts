import { ForbiddenError } from "@/lib/errors";
import { can, type Capability, type Role } from "./roles";

/** Who is acting: a signed-in user or API key holder, or the worker itself. Services authorize on it. */
export type Actor =
  { kind: "user"; userId: string; username: string; role: Role; via: "session" | "api-key" } | { kind: "system" };

export const systemActor: Actor = { kind: "system" };

export function assertCan(actor: Actor, capability: Capability): void {
  if (actor.kind === "system") return;
  if (!can(actor.role, capability)) throw new ForbiddenError();
}

export function actorId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}
