import { publish } from "@/lib/events";
import { deleteSessionsBefore, insertSession, revokeSessionRow, sessionIsActive } from "./sessions.repo";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Browser sessions are JWTs that name a row in `sessions`. The row is what makes a session real:
 * signing out revokes it, so a copy of the cookie made before stops working in every process.
 */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  return insertSession(userId, new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000));
}

export async function endSession(sessionId: string): Promise<void> {
  const userId = await revokeSessionRow(sessionId);
  if (userId) await publish("user.access-changed", { id: userId }, { actorId: userId });
}

export { sessionIsActive };

/** Housekeeping: forgets sessions that ended more than a day ago. */
export async function pruneSessions(now = new Date()): Promise<number> {
  return deleteSessionsBefore(new Date(now.getTime() - 24 * 60 * 60 * 1000));
}
