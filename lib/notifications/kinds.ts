/**
 * What a notification is about. Channels and users pick among these; each event of the catalog that
 * concerns someone maps to one kind (from-events.ts).
 */
export const notificationKinds = [
  "request.created",
  "request.approved",
  "request.declined",
  "request.available",
  "request.failed",
  "download.grabbed",
  "download.imported",
  "download.failed",
  "health.problem",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationKindLabels: Record<NotificationKind, string> = {
  "request.created": "Request made",
  "request.approved": "Request approved",
  "request.declined": "Request declined",
  "request.available": "Request available",
  "request.failed": "Request failed",
  "download.grabbed": "Release grabbed",
  "download.imported": "Imported",
  "download.failed": "Download failed",
  "health.problem": "Health problem",
};

/** Kinds about one user's own requests: what a personal channel may choose. */
export const personalKinds: readonly NotificationKind[] = [
  "request.approved",
  "request.declined",
  "request.available",
  "request.failed",
];

export function isNotificationKind(value: string): value is NotificationKind {
  return (notificationKinds as readonly string[]).includes(value);
}
