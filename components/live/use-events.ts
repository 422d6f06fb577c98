"use client";

import { useEffect, useRef, useState } from "react";
import type { EventSelector, MydiaEvent, SelectedType } from "@/lib/events/event-types";
import { selects } from "@/lib/events/selectors";
import { sharedEventSource, type ConnectionState } from "./event-source";

/**
 * Calls handler for every live event the selectors pick (an event type, or a prefix such as
 * "task."); the handler's event is typed by the event catalog, narrowed by `event.type`.
 */
export function useEvents<S extends EventSelector>(
  selectors: readonly S[],
  handler: (event: Extract<MydiaEvent, { type: SelectedType<S> }>) => void,
): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  const key = selectors.join("|");
  useEffect(() => {
    const wanted = key.split("|") as EventSelector[];
    return sharedEventSource().subscribe((event) => {
      if (selects(wanted, event.type)) handlerRef.current(event as Extract<MydiaEvent, { type: SelectedType<S> }>);
    });
  }, [key]);
}

export function useConnectionState(): ConnectionState {
  const [state, setState] = useState<ConnectionState>("closed");
  useEffect(() => sharedEventSource().onState(setState), []);
  return state;
}
