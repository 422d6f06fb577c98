import { getConfig } from "@/lib/config";
import type { NotificationSubject } from "./from-events";
import type { NotificationKind } from "./kinds";

/** What a channel sends: stored with each delivery, so a retry sends the same message. */
export interface OutboundMessage {
  kind: NotificationKind | "test";
  /** The Mydia event type it came from ("test" for a Test button). */
  eventType: string;
  title: string;
  body: string;
  /** Absolute URL into Mydia, or null. */
  url: string | null;
  subject: NotificationSubject;
  occurredAt: string;
}

export function absoluteLink(link: string | null): string | null {
  return link ? new URL(link, getConfig().BASE_URL).toString() : null;
}

export function testMessage(): OutboundMessage {
  return {
    kind: "test",
    eventType: "test",
    title: "Mydia test notification",
    body: "If you can read this, Mydia can reach this channel.",
    url: absoluteLink("/"),
    subject: { movieId: null, seriesId: null, episodeIds: [], downloadId: null, clientName: null, files: [] },
    occurredAt: new Date().toISOString(),
  };
}
