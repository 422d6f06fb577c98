import { can, type Capability, type Role } from "@/lib/accounts";

/**
 * Who may receive which event on /api/events, by event type (longest matching prefix wins).
 * Each rule mirrors the API that serves the same data: an event never tells a reader more than
 * that reader's role could read through the API. A type with no rule goes to admins only, so a
 * new event is private until someone decides otherwise.
 */
const visibility: [prefix: string, capability: Capability][] = [
  // The catalog's public face: titles and ids, as GET /api/v1/movies and /series answer every role.
  ["catalog.", "browse"],
  // The queue, history and library files (GET /api/v1/queue, /history, /media-files).
  ["download.", "read"],
  ["library.", "read"],
  // Search and task progress: the roles that can start them.
  ["task.", "manage"],
  // Accounts, indexers, download clients: admin-only APIs.
  ["user.", "admin"],
  ["indexer.", "admin"],
  ["download-client.", "admin"],
];

export function eventVisibleTo(type: string, role: Role): boolean {
  let best: (typeof visibility)[number] | undefined;
  for (const rule of visibility) {
    if (type.startsWith(rule[0]) && (!best || rule[0].length > best[0].length)) best = rule;
  }
  return can(role, best?.[1] ?? "admin");
}
