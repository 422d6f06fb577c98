"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import type { EventSelector } from "@/lib/events/event-types";
import { useEvents } from "./use-events";

/** Re-renders the server page when a matching event arrives (coalesced to one refresh per 300 ms). */
export function LiveRefresh({ prefixes }: { prefixes: EventSelector[] }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEvents(prefixes, () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, 300);
  });
  return null;
}
