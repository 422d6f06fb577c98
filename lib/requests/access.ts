import { can, type Actor } from "@/lib/accounts";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { findRequestRow, requesterRows, type RequestRow } from "./requests.repo";

export type UserActor = Extract<Actor, { kind: "user" }>;

export function asUser(actor: Actor): UserActor {
  if (actor.kind !== "user") throw new ForbiddenError("Requests are made by users");
  return actor;
}

/** Admins (who approve) see every request, as lib/events/visibility.ts sends them every request.* event; everyone else the ones they made or joined. */
export function seesAllRequests(actor: Actor): boolean {
  return actor.kind === "system" || can(actor.role, "admin");
}

/** A request the actor may see: their own or joined one, any for managers; others' read as not found. */
export async function visibleRequestRow(actor: Actor, id: string): Promise<RequestRow> {
  const row = await findRequestRow(id);
  if (!row) throw new NotFoundError("No such request");
  if (!seesAllRequests(actor)) {
    const userId = asUser(actor).userId;
    if (!(await requesterRows([id])).some((r) => r.userId === userId)) throw new NotFoundError("No such request");
  }
  return row;
}
