/**
 * The roles of lib/accounts, named here because lib/accounts publishes events (it depends on this
 * context, not the other way round).
 */
export type ReaderRole = "admin" | "user" | "requester" | "readonly";

/** Who reads an event stream: a role, and the user it is (events addressed to users reach only them). */
export interface EventReader {
  role: ReaderRole;
  userId: string | null;
}

/**
 * Who may receive which event on /api/events, by event type (longest matching prefix wins).
 * Each rule mirrors the API that serves the same data: an event never tells a reader more than
 * that reader's role could read through the API. A type with no rule goes to admins only, so a
 * new event is private until someone decides otherwise.
 *
 * `all` receive every event of the prefix; `own` receive only those whose payload's `audience` (user
 * ids) names them: a requester hears about their own requests, each user about their own notifications.
 */
const visibility: [prefix: string, rule: { all: readonly ReaderRole[]; own?: readonly ReaderRole[] }][] = [
  // The catalog's public face: titles and ids, as GET /api/v1/movies and /series answer every role.
  ["catalog.", { all: ["admin", "user", "requester", "readonly"] }],
  // The queue, history and library files (GET /api/v1/queue, /history, /media-files): not requesters.
  ["download.", { all: ["admin", "user", "readonly"] }],
  ["library.", { all: ["admin", "user", "readonly"] }],
  // Search and task progress: the roles that can start them.
  ["task.", { all: ["admin", "user"] }],
  // Accounts, indexers, download clients: admin-only APIs.
  ["user.", { all: ["admin"] }],
  ["indexer.", { all: ["admin"] }],
  ["download-client.", { all: ["admin"] }],
  // Requests: admins see every one; everyone else the ones they made or joined.
  ["request.", { all: ["admin"], own: ["user", "requester", "readonly"] }],
  // A user's notifications are theirs alone.
  ["notification.", { all: [], own: ["admin", "user", "requester", "readonly"] }],
];

function addressedTo(payload: Record<string, unknown>, userId: string | null): boolean {
  const audience = payload.audience;
  return userId !== null && Array.isArray(audience) && audience.includes(userId);
}

export function eventVisibleTo(
  event: { type: string; payload: Record<string, unknown> },
  reader: EventReader,
): boolean {
  let best: (typeof visibility)[number] | undefined;
  for (const rule of visibility) {
    if (event.type.startsWith(rule[0]) && (!best || rule[0].length > best[0].length)) best = rule;
  }
  const rule = best?.[1] ?? { all: ["admin"] };
  if (rule.all.includes(reader.role)) return true;
  return (rule.own ?? []).includes(reader.role) && addressedTo(event.payload, reader.userId);
}
