export { publish, pruneEvents, type PublishOptions } from "./publish";
export {
  eventPayloads,
  eventSchema,
  eventTypes,
  isEventType,
  type DownloadProgressItem,
  type EventOf,
  type EventPayload,
  type EventSelector,
  type EventType,
  type SelectedType,
  selects,
  type MydiaEvent,
} from "./event-types";
export {
  readEventsAfter,
  readEventsSince,
  latestEventId,
  latestPosition,
  positionOfEvent,
  type EventPosition,
  type PositionedEvent,
} from "./read-events";
export { eventSubscriber } from "./subscriber";
export { createEventStream, encodeSse, READER_RECHECK_MS, type EventStreamReader } from "./sse";
export { eventVisibleTo, type EventReader } from "./visibility";
