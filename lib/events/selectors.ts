import type { EventSelector, EventType } from "./event-types";

/**
 * Whether selectors (event types, or prefixes ending in ".") pick an event type. Apart from the
 * catalog's schemas, so that the browser's live components do not ship zod with every page.
 */
export function selects(selectors: readonly EventSelector[], type: EventType): boolean {
  return selectors.some((s) => type === s || (s.endsWith(".") && type.startsWith(s)));
}
