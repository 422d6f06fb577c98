"use client";

import type { z } from "zod";
import type { MydiaEvent } from "@/lib/events/event-types";

/**
 * The catalog's schema (and zod with it) loads with the first event, not with every page: most
 * page views end before anything happens.
 */
let schema: Promise<z.ZodType<MydiaEvent>> | null = null;
const eventSchema = () =>
  (schema ??= import("@/lib/events/event-types").then(
    (m) => m.eventSchema,
    (error: unknown) => {
      schema = null; // offline for a moment: the next event tries again
      throw error;
    },
  ));

type Listener = (event: MydiaEvent) => void;
export type ConnectionState = "connecting" | "open" | "closed";

/**
 * One EventSource per tab (browsers allow 6 connections per host over HTTP/1.1), shared by
 * every component; opened with the first listener and closed with the last. The browser
 * reconnects by itself and sends Last-Event-ID, so the server replays what was missed; a connection
 * opened afresh (first page, or after the last listener left) resumes from the page's render.
 */
class SharedEventSource {
  private source: EventSource | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private state: ConnectionState = "closed";
  /** The last event this tab has seen (or the newest when its page was rendered): a new connection resumes there. */
  private lastEventId: string | null = null;

  /** Where the first connection starts: the newest event when the server rendered the page. */
  resumeFrom(eventId: number) {
    this.lastEventId ??= String(eventId);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  onState(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    listener(this.state);
    return () => this.stateListeners.delete(listener);
  }

  private setState(state: ConnectionState) {
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }

  private open() {
    if (this.source) return;
    // Events published between the page's render (or this tab's last connection) and now are replayed.
    const source = new EventSource(
      this.lastEventId === null ? "/api/events" : `/api/events?lastEventId=${encodeURIComponent(this.lastEventId)}`,
    );
    this.source = source;
    this.setState("connecting");
    source.onopen = () => this.setState("open");
    source.onerror = () => this.setState(source.readyState === EventSource.CLOSED ? "closed" : "connecting");
    source.onmessage = (message: MessageEvent<string>) => {
      if (message.lastEventId) this.lastEventId = message.lastEventId;
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      // A type or shape this page's build does not know (a newer server) is dropped. Events keep
      // their order: each waits on the same promise.
      void eventSchema().then(
        (s) => {
          const parsed = s.safeParse(data);
          if (!parsed.success) return;
          for (const listener of this.listeners) listener(parsed.data);
        },
        () => undefined,
      );
    };
  }

  private close() {
    this.source?.close();
    this.source = null;
    this.setState("closed");
  }
}

let shared: SharedEventSource | null = null;
export function sharedEventSource(): SharedEventSource {
  shared ??= new SharedEventSource();
  return shared;
}
