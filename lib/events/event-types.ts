import { z } from "zod";

/**
 * The event catalog: every event type with the schema of its payload. Publishers are typed by it
 * (publish() validates before writing), and so are the SSE stream and the browser's useEvents().
 * Payloads stay small: ids and what a list needs to patch itself; pages re-read the rest.
 */
const id = z.string().min(1);
const count = z.number().int().nonnegative();
const titled = z.object({ id, title: z.string() });
const named = z.object({ id, name: z.string() });
/** The users an addressed event is for. */
const audience = z.array(id);
const downloadTarget = {
  movieId: id.nullable(),
  seriesId: id.nullable(),
  episodeIds: z.array(id),
};

/** One download's state as the queue shows it; every publisher sends all fields (null when unknown). */
export const downloadProgressItem = z.object({
  downloadId: id,
  title: z.string(),
  status: z.string(),
  /** 0–100. */
  progress: z.number(),
  error: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  remainingBytes: z.number().nullable(),
  /** Bytes per second. */
  downloadSpeed: z.number().nullable(),
  etaSeconds: z.number().nullable(),
});
export type DownloadProgressItem = z.infer<typeof downloadProgressItem>;

const taskRef = z.object({ name: z.string(), jobId: z.string() });

export const eventPayloads = {
  "catalog.movie.added": titled,
  "catalog.movie.updated": titled,
  "catalog.movie.deleted": titled,
  "catalog.movie.refreshed": titled,
  /** A bulk edit's summary (each movie also has its own catalog.movie.updated). */
  "catalog.movie.bulk-updated": z.object({ count, searchesQueued: count }),
  "catalog.exclusion.added": titled,
  "catalog.exclusion.removed": titled,
  "catalog.series.added": titled,
  "catalog.series.updated": z.object({
    id,
    title: z.string().optional(),
    seasonNumber: z.number().int().optional(),
    episodeId: id.optional(),
    /** How many episodes a bulk change touched. */
    episodes: count.optional(),
  }),
  "catalog.series.deleted": titled,
  /** A bulk edit's summary (each series also has its own catalog.series.updated). */
  "catalog.series.bulk-updated": z.object({ count, searchesQueued: count }),
  "catalog.series.refreshed": titled.extend({
    added: count,
    updated: count,
    removed: count,
    airDatesChanged: count,
  }),

  "download.grabbed": z.object({
    downloadId: id,
    title: z.string(),
    clientName: z.string(),
    ...downloadTarget,
    /** "client": added in the download client by hand and picked up by the monitor. */
    origin: z.literal("client").optional(),
  }),
  /** One per monitor pass (and per queue action): every download whose state changed. */
  "download.progress": z.object({ items: z.array(downloadProgressItem).min(1) }),
  "download.failed": z.object({ downloadId: id, title: z.string(), reason: z.string(), ...downloadTarget }),
  "download.removed": z.object({ downloadId: id, title: z.string(), reason: z.string() }),
  "download.imported": z.object({
    downloadId: id,
    title: z.string(),
    files: z.array(z.string()),
    movieId: id.nullable(),
    seriesId: id.nullable(),
  }),
  "download.matched": z.object({ downloadId: id, title: z.string(), ...downloadTarget }),
  "download.client.unreachable": z.object({ clientId: id, clientName: z.string(), message: z.string() }),
  "download.client.recovered": z.object({ clientId: id, clientName: z.string() }),
  "download.blocklist.added": z.object({ blocklistId: id, title: z.string() }),
  "download.blocklist.removed": z.object({ blocklistId: id }),
  "download-client.created": z.object({ downloadClientId: id, name: z.string() }),
  "download-client.updated": z.object({ downloadClientId: id }),
  "download-client.deleted": z.object({ downloadClientId: id }),

  "indexer.created": z.object({ indexerId: id, name: z.string() }),
  "indexer.updated": z.object({ indexerId: id }),
  "indexer.deleted": z.object({ indexerId: id }),
  "indexer.failed": z.object({
    indexerId: id,
    kind: z.string(),
    message: z.string(),
    disabledUntil: z.string().nullable(),
  }),
  "indexer.recovered": z.object({ indexerId: id }),

  "library.created": named,
  "library.updated": named,
  "library.deleted": named,
  "library.renamed": z.object({ renamed: count, failed: count }),
  "library.scan.progress": z.object({
    libraryId: id,
    seen: count,
    matched: count,
    unmatched: count,
    perSecond: count,
    done: z.boolean(),
  }),
  "library.scan.finished": z.object({
    libraryId: id,
    name: z.string(),
    seen: count,
    unchanged: count,
    added: count,
    changed: count,
    matched: count,
    unmatched: count,
    missing: count,
    reappeared: count,
    errors: count,
  }),
  "library.analyze.finished": z.object({ libraryId: id, analyzed: count, failed: count }),
  "library.file.imported": z.object({
    libraryId: id,
    mediaFileId: id,
    relativePath: z.string(),
    movieId: id.optional(),
    seriesId: id.optional(),
    episodeIds: z.array(id).optional(),
  }),
  "library.file.restored": z.object({
    libraryId: id,
    mediaFileId: id,
    relativePath: z.string(),
    movieId: id.nullable(),
    seriesId: id.nullable(),
  }),
  "library.file.deleted": z.object({
    id,
    libraryId: id,
    relativePath: z.string(),
    movieId: id.nullable(),
    seriesId: id.nullable(),
  }),
  /** A title's files moving to its new library (library.move): one per file placed, then the outcome. */
  "library.move.progress": z.object({
    movieId: id.nullable(),
    seriesId: id.nullable(),
    title: z.string(),
    libraryId: id,
    state: z.enum(["moving", "done", "failed"]),
    done: count,
    total: count,
    bytesDone: count,
    bytesTotal: count,
    /** Files that could not move, with why (they stay where they were). */
    failed: z.array(z.object({ relativePath: z.string(), error: z.string() })),
  }),
  "library.manual-import": z.object({ imported: count, ignored: count, failed: count }),

  "task.queued": taskRef.extend({ jobId: z.string().nullable() }),
  /** `worker`: the process that runs it (host:pid), to tell workers apart when several share the queue. */
  "task.started": taskRef.extend({ worker: z.string().max(300).optional() }),
  "task.progress": z.object({ name: z.string(), done: count, total: count, detail: z.string().optional() }),
  "task.finished": taskRef.extend({
    status: z.enum(["succeeded", "failed"]),
    durationMs: count,
    error: z.string().optional(),
  }),

  /**
   * Requests (lib/requests) and notifications (lib/notifications) are addressed: `audience` holds the ids of
   * the users they concern (visibility.ts sends them only to those, and requests to admins as well).
   */
  "request.created": z.object({ requestId: id, title: z.string(), audience }),
  "request.updated": z.object({
    requestId: id,
    title: z.string(),
    status: z.string(),
    audience,
    /** 0–100 while downloading. */
    progress: z.number().nullable().optional(),
    /** Why it was declined (status declined). */
    reason: z.string().optional(),
  }),
  /** A requester reported a problem with an available title (admins hear of it; audience: the reporter). */
  "request.problem.reported": z.object({ requestId: id, problemId: id, title: z.string(), kind: z.string(), audience }),
  "request.problem.resolved": z.object({ requestId: id, problemId: id, title: z.string(), audience }),
  "request.deleted": z.object({ requestId: id, audience }),
  "notification.created": z.object({ notificationId: id, title: z.string(), audience }),
  "notification.read": z.object({ notificationIds: z.array(id), audience }),

  "user.created": z.object({ id, username: z.string(), role: z.string() }),
  "user.updated": z.object({ id, role: z.string() }),
  "user.deleted": z.object({ id }),
  /** A session ended, a password changed or an API key was revoked: open event streams check their reader now. */
  "user.access-changed": z.object({ id }),
} as const satisfies Record<string, z.ZodType<Record<string, unknown>>>;

export type EventType = keyof typeof eventPayloads;
export type EventPayload<T extends EventType> = z.infer<(typeof eventPayloads)[T]>;

export const eventTypes = Object.keys(eventPayloads) as EventType[];

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventPayloads, type);
}

type Prefixes<S extends string, Before extends string = ""> = S extends `${infer Head}.${infer Rest}`
  ? `${Before}${Head}.` | Prefixes<Rest, `${Before}${Head}.`>
  : `${Before}${S}`;

/** What a listener picks events by: an event type, or a prefix ending in "." ("download.", "library.scan."). */
export type EventSelector = { [T in EventType]: Prefixes<T> }[EventType];

/** The event types a set of selectors picks. */
export type SelectedType<S extends EventSelector> = {
  [T in EventType]: T extends S ? T : S extends `${string}.` ? (T extends `${S}${string}` ? T : never) : never;
}[EventType];

export { selects } from "./selectors";

interface EventEnvelope {
  id: number;
  actorId: string | null;
  /** ISO time. */
  createdAt: string;
}

/** An event of one type; `MydiaEvent` is the union of all, narrowed by `type`. */
export type EventOf<T extends EventType> = EventEnvelope & { type: T; payload: EventPayload<T> };
export type MydiaEvent = { [T in EventType]: EventOf<T> }[EventType];

/** What the SSE stream sends and the browser parses: a catalogued type with its payload. */
export const eventSchema = z.discriminatedUnion(
  "type",
  eventTypes.map((type) =>
    z.object({
      id: z.number().int(),
      type: z.literal(type),
      payload: eventPayloads[type],
      actorId: z.string().nullable(),
      createdAt: z.string(),
    }),
  ) as unknown as [z.ZodObject<{ type: z.ZodLiteral<EventType> }>],
) as unknown as z.ZodType<MydiaEvent>;

export const PG_CHANNEL = "mydia_events";
