export { publish, pruneEvents, type PublishOptions } from "./publish";
export { eventSchema, type MydiaEvent } from "./event-types";
export { readEventsAfter, latestEventId } from "./read-events";
export { eventSubscriber } from "./subscriber";
export { createEventStream, encodeSse, READER_RECHECK_MS, type EventStreamReader } from "./sse";
export { eventVisibleTo } from "./visibility";
