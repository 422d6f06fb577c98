import type { MydiaEvent } from "./event-types";
import { latestEventId, readEventsAfter } from "./read-events";
import { eventSubscriber } from "./subscriber";

const KEEPALIVE_MS = 20_000;
const encoder = new TextEncoder();

export function encodeSse(event: MydiaEvent): string {
  // No `event:` field: every message reaches EventSource.onmessage; the type travels in the data.
  return `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * An SSE stream: replays what a reconnecting tab missed (Last-Event-ID), then live events,
 * with a keepalive comment; unsubscribes when the client goes away.
 */
export function createEventStream(options: {
  lastEventId: number | null;
  signal: AbortSignal;
}): ReadableStream<Uint8Array> {
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
      // every id is sent at most once and in order. A fresh tab starts at the newest event.
      let lastSent = options.lastEventId ?? (await latestEventId());
      let buffered: MydiaEvent[] | null = [];
      const deliver = (event: MydiaEvent) => {
        if (event.id <= lastSent) return;
        lastSent = event.id;
        send(encodeSse(event));
      };
      const unsubscribe = subscriber.subscribe((event) => (buffered ? buffered.push(event) : deliver(event)));
      for (const event of await readEventsAfter(lastSent, 1000)) deliver(event);
      for (const event of buffered) deliver(event);
      buffered = null;
      const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
      cleanup = () => {
        clearInterval(keepalive);
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
