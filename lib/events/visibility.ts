/**
 * The roles of lib/accounts, named here because lib/accounts publishes events (it depends on this
 * context, not the other way round).
 */
export type ReaderRole = "admin" | "user" | "requester" | "readonly";

/**
 * Who may receive which event on /api/events, by event type (longest matching prefix wins).
 * Each rule mirrors the API that serves the same data: an event never tells a reader more than
 * that reader's role could read through the API. A type with no rule goes to admins only, so a
 * new event is private until someone decides otherwise.
 */
const visibility: [prefix: string, readers: readonly ReaderRole[]][] = [
  // The catalog's public face: titles and ids, as GET /api/v1/movies and /series answer every role.
  ["catalog.", ["admin", "user", "requester", "readonly"]],
  // The queue, history and library files (GET /api/v1/queue, /history, /media-files): not requesters.
  ["download.", ["admin", "user", "readonly"]],
  ["library.", ["admin", "user", "readonly"]],
  // Search and task progress: the roles that can start them.
  ["task.", ["admin", "user"]],
  // Accounts, indexers, download clients: admin-only APIs.
  ["user.", ["admin"]],
  ["indexer.", ["admin"]],
  ["download-client.", ["admin"]],
];

export function eventVisibleTo(type: string, role: ReaderRole): boolean {
  let best: (typeof visibility)[number] | undefined;
  for (const rule of visibility) {
    if (type.startsWith(rule[0]) && (!best || rule[0].length > best[0].length)) best = rule;
  }
  return (best?.[1] ?? ["admin"]).includes(role);
}
