"use client";

import { sharedEventSource } from "./event-source";

/**
 * Hands the tab's event stream the newest event id as the server rendered the page, so events that
 * happen before the stream connects still reach the page. Rendered before the page's own components,
 * whose effects open the stream.
 */
export function EventCursor({ at }: { at: number }) {
  sharedEventSource().resumeFrom(at);
  return null;
}
