import { logger } from "@/lib/logger";
import type { MydiaEvent } from "./event-types";
import {
  isAfter,
  latestPosition,
  positionOfEvent,
  readEventsSince,
  START_POSITION,
  type PositionedEvent,
} from "./read-events";
import { eventSubscriber } from "./subscriber";
import { eventVisibleTo, type EventReader, type ReaderRole } from "./visibility";
import { trackSseClient } from "@/lib/metrics";

const KEEPALIVE_MS = 20_000;
/** How often an open stream checks that its reader still exists with the same role (well under a minute). */
export const READER_RECHECK_MS = 15_000;
const encoder = new TextEncoder();

export function encodeSse(event: MydiaEvent): string {
  // No `event:` field: every message reaches EventSource.onmessage; the type travels in the data.
  return `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;
}

export interface EventStreamReader extends EventReader {
  /**
   * The reader's role now, or null when the reader is gone (user deleted, key revoked, session
   * signed out or its password or role changed). The stream ends when this is not `role` any more.
   */
  recheck: () => Promise<ReaderRole | null>;
}

/**
 * An SSE stream: replays what a reconnecting tab missed (Last-Event-ID), then live events,
 * with a keepalive comment; unsubscribes when the client goes away. Only events the reader's role
 * may see are sent (visibility.ts), and the reader is checked again every `recheckMs`: a tab whose
 * account changed reconnects and is authenticated afresh.
 */
export function createEventStream(options: {
  lastEventId: number | null;
  signal: AbortSignal;
  reader: EventStreamReader;
  recheckMs?: number;
}): ReadableStream<Uint8Array> {
  const { reader } = options;
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      send("retry: 3000\n: connected\n\n");
      const subscriber = eventSubscriber();
      await subscriber.ensureStarted();
      // Subscribe first and buffer, then replay from the cursor, so nothing falls between the two;
      // every event is sent once, in commit order (read-events.ts). A fresh tab starts at the newest event.
      let lastSent =
        options.lastEventId === null
          ? await latestPosition()
          : options.lastEventId > 0
            ? await positionOfEvent(options.lastEventId)
            : START_POSITION;
      let buffered: PositionedEvent[] | null = [];
      const deliver = ({ event, position }: PositionedEvent) => {
        if (!isAfter(position, lastSent)) return;
        lastSent = position;
        if (eventVisibleTo(event, reader)) send(encodeSse(event));
      };
      // An account change (sign-out, password, role, key, deletion) is checked at once, not at the next tick.
      let checkReader = () => {};
      const unsubscribe = subscriber.subscribe((positioned) => {
        if (positioned.event.type.startsWith("user.")) checkReader();
        if (buffered) buffered.push(positioned);
        else deliver(positioned);
      });
      for (const event of (await readEventsSince(lastSent, 1000)).events) deliver(event);
      for (const event of buffered) deliver(event);
      buffered = null;
      const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
      checkReader = () =>
        void reader.recheck().then(
          (role) => {
            if (role !== reader.role) cleanup();
          },
          (error: unknown) => {
            logger.warn({ err: error }, "could not check an event stream's reader; closing the stream");
            cleanup();
          },
        );
      const recheck = setInterval(checkReader, options.recheckMs ?? READER_RECHECK_MS);
      const untrack = trackSseClient();
      cleanup = () => {
        untrack();
        clearInterval(keepalive);
        clearInterval(recheck);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      if (options.signal.aborted) cleanup();
      else options.signal.addEventListener("abort", () => cleanup(), { once: true });
    },
    cancel() {
      cleanup();
    },
  });
}
