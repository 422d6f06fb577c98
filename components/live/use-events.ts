"use client";

import { useEffect, useRef, useState } from "react";
import type { MydiaEvent } from "@/lib/events/event-types";
import { sharedEventSource, type ConnectionState } from "./event-source";

/** Calls handler for every live event whose type matches one of the prefixes (e.g. "task."). */
export function useEvents(prefixes: readonly string[], handler: (event: MydiaEvent) => void): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });
  const key = prefixes.join("|");
  useEffect(() => {
    const wanted = key.split("|");
    return sharedEventSource().subscribe((event) => {
      if (wanted.some((prefix) => event.type.startsWith(prefix))) handlerRef.current(event);
    });
  }, [key]);
}

export function useConnectionState(): ConnectionState {
  const [state, setState] = useState<ConnectionState>("closed");
  useEffect(() => sharedEventSource().onState(setState), []);
  return state;
}
