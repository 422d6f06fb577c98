import { z } from "zod";
import type { QueueOptions } from "./job-queue";

/**
 * Every queue, declared once: imported by the web process (to send) and the worker (to run).
 * worker/index.ts maps each name to the handler its context exports, so a queue without a
 * handler is a compile error.
 */
export interface QueueDefinition<S extends z.ZodType<object> = z.ZodType<object>> {
  /** Shown on System → Tasks. */
  title: string;
  description: string;
  payload: S;
  options: Omit<QueueOptions, "singleton">;
  /** Dedupe: at most one queued-or-running job per key (the queue is created with `singleton: true`). */
  singletonKey?: (data: z.infer<S>) => string;
  /** Jobs of this queue one worker process runs at once. Default 1. */
  concurrency?: number;
  /** A recurring task: the cron expression (UTC unless tz), and the payload each tick sends. */
  schedule?: { cron: string; tz?: string; data: z.infer<S> };
}

function defineQueue<S extends z.ZodType<object>>(definition: QueueDefinition<S>): QueueDefinition<S> {
  return definition;
}

export const queues = {
  housekeeping: defineQueue({
    title: "Housekeeping",
    description: "Prunes old events, finished jobs and stale worker entries",
    payload: z.object({}).strict(),
    options: { retryLimit: 2, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 30 * 60, leaseSeconds: 60 },
    singletonKey: () => "housekeeping",
    schedule: { cron: "17 3 * * *", data: {} },
  }),
  "metadata.refresh": defineQueue({
    title: "Refresh metadata",
    description: "Updates movies and series from TMDB: new episodes, changed air dates, removed ones flagged",
    // {} refreshes everything that is due; { kind, id } one movie or series.
    payload: z
      .object({ kind: z.enum(["movie", "series"]).optional(), id: z.string().min(1).optional() })
      .strict()
      .refine((p) => !p.id || p.kind, { message: "kind is required with id" }),
    options: {
      retryLimit: 2,
      retryDelaySeconds: 300,
      retryBackoff: true,
      expireInSeconds: 3 * 60 * 60,
      leaseSeconds: 60,
    },
    singletonKey: (p) => (p.id ? `${p.kind}:${p.id}` : "all"),
    schedule: { cron: "23 */6 * * *", data: {} },
  }),
  "library.scan": defineQueue({
    title: "Scan libraries",
    description: "Walks library folders: new and changed files are matched, vanished ones marked missing",
    // { libraryId } scans one library; {} (the hourly tick) queues every library whose interval has passed.
    payload: z.object({ libraryId: z.string().min(1).max(100).optional() }).strict(),
    options: {
      retryLimit: 1,
      retryDelaySeconds: 60,
      retryBackoff: true,
      expireInSeconds: 2 * 60 * 60,
      leaseSeconds: 60,
    },
    singletonKey: (p) => p.libraryId ?? "due",
    // Libraries scan side by side (one job per library at most): a movie and a TV import overlap their lookups.
    concurrency: 2,
    schedule: { cron: "7 * * * *", data: {} },
  }),
  "library.analyze": defineQueue({
    title: "Read media info",
    description: "ffprobe on new or changed library files: resolution, codecs, HDR, audio and subtitle tracks",
    payload: z
      .object({ libraryId: z.string().min(1).max(100), mediaFileIds: z.array(z.string().min(1)).max(5000).optional() })
      .strict(),
    options: {
      retryLimit: 1,
      retryDelaySeconds: 300,
      retryBackoff: true,
      expireInSeconds: 6 * 60 * 60,
      leaseSeconds: 60,
    },
    singletonKey: (p) => p.libraryId,
  }),
  "library.rematch": defineQueue({
    title: "Match unmatched files",
    description:
      "Matches a library's unmatched and unsure files again: the titles chosen in the review, else ids, .nfo files and a metadata search",
    payload: z
      .object({
        libraryId: z.string().min(1).max(100),
        /** Distinguishes requests: each review decision runs, none is merged into one already queued. */
        requestId: z.string().min(1).max(100),
        /** Top folders to match (all unmatched files when absent). */
        folders: z.array(z.string().max(1000)).max(5000).optional(),
        /** The review's choices: this top folder is this TMDB title. */
        chosen: z
          .array(z.object({ folder: z.string().max(1000), tmdbId: z.number().int().positive() }).strict())
          .max(5000)
          .optional(),
      })
      .strict(),
    options: {
      retryLimit: 1,
      retryDelaySeconds: 60,
      retryBackoff: true,
      expireInSeconds: 2 * 60 * 60,
      leaseSeconds: 60,
    },
    singletonKey: (p) => `${p.libraryId}:${p.requestId}`,
  }),
  "library.quality": defineQueue({
    title: "Read file qualities",
    description:
      "Stores each library video's quality and custom formats for Wanted and the searches: files not read yet, or all of them after custom formats changed",
    payload: z.object({ all: z.boolean().optional() }).strict(),
    options: {
      retryLimit: 2,
      retryDelaySeconds: 60,
      retryBackoff: true,
      expireInSeconds: 2 * 60 * 60,
      leaseSeconds: 60,
    },
    singletonKey: (p) => (p.all ? "all" : "unread"),
    schedule: { cron: "3 * * * *", data: {} },
  }),
  "library.move": defineQueue({
    title: "Move a title's files",
    description:
      "After a movie or series changed library: moves its files into the new library's folder (copied and checked before the old copy goes)",
    payload: z
      .object({ movieId: z.string().min(1).max(100).optional(), seriesId: z.string().min(1).max(100).optional() })
      .strict()
      .refine((p) => (p.movieId ? 1 : 0) + (p.seriesId ? 1 : 0) === 1, { message: "give movieId or seriesId" }),
    // Not retried: a file that cannot move (a different file at the destination) needs the user; the job reports it.
    options: { retryLimit: 0, expireInSeconds: 12 * 60 * 60, leaseSeconds: 60 },
    singletonKey: (p) => (p.movieId ? `movie:${p.movieId}` : `series:${p.seriesId}`),
  }),
  "indexers.definitions": defineQueue({
    title: "Refresh indexer definitions",
    description: "Fetches new and changed Cardigann definitions; uploaded ones are kept",
    payload: z.object({}).strict(),
    options: { retryLimit: 3, retryDelaySeconds: 600, retryBackoff: true, expireInSeconds: 30 * 60, leaseSeconds: 60 },
    singletonKey: () => "indexers.definitions",
    schedule: { cron: "41 4 * * *", data: {} },
  }),
  "downloads.monitor": defineQueue({
    title: "Check downloads",
    description: "Polls download clients: progress, finished downloads queued for import, failed ones blocklisted",
    payload: z.object({}).strict(),
    options: { retryLimit: 0, expireInSeconds: 5 * 60, leaseSeconds: 60 },
    singletonKey: () => "downloads.monitor",
    schedule: { cron: "* * * * *", data: {} },
  }),
  "downloads.import": defineQueue({
    title: "Import a download",
    description: "Moves or hardlinks the video files of a finished download into its library",
    payload: z.object({ downloadId: z.string().min(1).max(100) }).strict(),
    options: {
      retryLimit: 3,
      retryDelaySeconds: 120,
      retryBackoff: true,
      expireInSeconds: 2 * 60 * 60,
      leaseSeconds: 60,
    },
    singletonKey: (p) => p.downloadId,
  }),
  "automation.search": defineQueue({
    title: "Search for an item",
    description:
      "Asks the indexers for one movie, series, season or set of episodes and grabs the best acceptable release",
    // One subject: a movie, episodes of one series, a season, or a whole series (its monitored, wanted episodes).
    payload: z
      .object({
        movieId: z.string().min(1).max(100).optional(),
        seriesId: z.string().min(1).max(100).optional(),
        season: z.number().int().min(0).max(10_000).optional(),
        episodeIds: z.array(z.string().min(1).max(100)).min(1).max(500).optional(),
        trigger: z.enum(["added", "user", "failed", "api"]).default("user"),
      })
      .strict()
      .refine((p) => [p.movieId, p.seriesId ?? p.episodeIds].filter(Boolean).length === 1, {
        message: "give movieId, or seriesId (with season) or episodeIds",
      }),
    options: { retryLimit: 1, retryDelaySeconds: 120, retryBackoff: true, expireInSeconds: 15 * 60, leaseSeconds: 60 },
    singletonKey: (p) =>
      p.movieId
        ? `movie:${p.movieId}`
        : p.episodeIds
          ? `episodes:${[...p.episodeIds].sort().join(",")}`
          : `series:${p.seriesId}:${p.season ?? "all"}`,
    concurrency: 2,
  }),
  "automation.rss": defineQueue({
    title: "RSS sync",
    description:
      "Reads the newest releases of every RSS-enabled indexer and grabs what a wanted item needs; releases held by a delay profile are grabbed when their delay ends",
    // The 5-minute tick syncs when the configured interval (Settings → General, default 15 min) has passed; { force } syncs now.
    payload: z.object({ force: z.boolean().optional() }).strict(),
    options: { retryLimit: 0, expireInSeconds: 20 * 60, leaseSeconds: 60 },
    singletonKey: () => "automation.rss",
    schedule: { cron: "*/5 * * * *", data: {} },
  }),
  "automation.missing": defineQueue({
    title: "Search missing",
    description:
      "Searches monitored, available items without a file, a budget per run, backing off items that keep finding nothing",
    payload: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
    options: { retryLimit: 0, expireInSeconds: 2 * 60 * 60, leaseSeconds: 60 },
    singletonKey: () => "automation.missing",
    schedule: { cron: "13 * * * *", data: {} },
  }),
  "automation.cutoff": defineQueue({
    title: "Search cutoff unmet",
    description:
      "Searches for upgrades of files below their profile's cutoff, a budget per run, backing off items that keep finding nothing",
    payload: z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
    options: { retryLimit: 0, expireInSeconds: 2 * 60 * 60, leaseSeconds: 60 },
    singletonKey: () => "automation.cutoff",
    schedule: { cron: "43 */6 * * *", data: {} },
  }),
  "migration.arr-import": defineQueue({
    title: "Import from Sonarr/Radarr",
    description:
      "Creates a Radarr's or Sonarr's libraries, profiles, formats, indexers, clients and titles in Mydia, with their files where they are",
    payload: z.object({ importId: z.string().min(1).max(100) }).strict(),
    // Not retried: a failed import is re-run by the user (each step is idempotent), with a key they give again.
    options: { retryLimit: 0, expireInSeconds: 2 * 60 * 60, leaseSeconds: 60 },
    singletonKey: (p) => p.importId,
  }),
  "notifications.dispatch": defineQueue({
    title: "Dispatch notifications",
    description:
      "Turns new events into in-app notifications and channel deliveries (the worker also does this as events arrive); queues deliveries left unsent",
    payload: z.object({}).strict(),
    options: { retryLimit: 0, expireInSeconds: 10 * 60, leaseSeconds: 60 },
    singletonKey: () => "notifications.dispatch",
    schedule: { cron: "* * * * *", data: {} },
  }),
  "notifications.send": defineQueue({
    title: "Send a notification",
    description: "Sends one message to one channel (webhook, email, Discord, ntfy, Gotify); retried with back-off",
    payload: z.object({ deliveryId: z.string().min(1).max(100) }).strict(),
    options: {
      retryLimit: 5,
      retryDelaySeconds: 30,
      retryBackoff: true,
      expireInSeconds: 5 * 60,
      leaseSeconds: 60,
    },
    singletonKey: (p) => p.deliveryId,
    concurrency: 2,
  }),
  "notifications.push": defineQueue({
    title: "Send a web push",
    description: "Sends one notification to one opted-in device through its push service; retried with back-off",
    payload: z
      .object({ notificationId: z.string().min(1).max(100), subscriptionId: z.string().min(1).max(100) })
      .strict(),
    options: {
      retryLimit: 3,
      retryDelaySeconds: 30,
      retryBackoff: true,
      expireInSeconds: 5 * 60,
      leaseSeconds: 60,
    },
    singletonKey: (p) => `${p.notificationId}:${p.subscriptionId}`,
    concurrency: 2,
  }),
  "backups.create": defineQueue({
    title: "Back up",
    description:
      "Writes a backup of the database and the secret key; the hourly tick makes a scheduled one when its interval (System → Backups) has passed",
    // { manual: true } backs up now (Run now on System → Backups); {} is the hourly tick.
    payload: z.object({ manual: z.boolean().optional() }).strict(),
    options: { retryLimit: 1, retryDelaySeconds: 300, expireInSeconds: 2 * 60 * 60, leaseSeconds: 60 },
    singletonKey: () => "backups.create",
    schedule: { cron: "31 * * * *", data: {} },
  }),

  "requests.sync": defineQueue({
    title: "Follow requests",
    description:
      "Moves approved requests to downloading and available from the download queue and the library, and tells their requesters",
    // {} checks every followed request; a failed download names its title, so that request can fail.
    payload: z
      .object({
        failedMovieId: z.string().min(1).max(100).optional(),
        failedSeriesId: z.string().min(1).max(100).optional(),
      })
      .strict(),
    options: { retryLimit: 1, retryDelaySeconds: 30, expireInSeconds: 10 * 60, leaseSeconds: 60 },
    singletonKey: (p) => p.failedMovieId ?? p.failedSeriesId ?? "all",
    schedule: { cron: "* * * * *", data: {} },
  }),
} as const;

export type Queues = typeof queues;
export type QueueName = keyof Queues;
export type PayloadOf<Q extends QueueName> = z.infer<Queues[Q]["payload"]>;

export const queueNames = Object.keys(queues) as QueueName[];

export function isQueueName(name: string): name is QueueName {
  return Object.hasOwn(queues, name);
}

export function queueDefinition<Q extends QueueName>(name: Q): Queues[Q] {
  return queues[name];
}

/** The options a declared queue is created with on either adapter. */
export function queueOptionsOf(name: QueueName): QueueOptions {
  const definition: QueueDefinition = queues[name];
  return { ...definition.options, singleton: definition.singletonKey !== undefined };
}

/** Dead letter queues named by declared queues; created (empty options) before the queues that use them. */
export function deadLetterQueueNames(): string[] {
  const names = queueNames.map((name) => (queues[name] as QueueDefinition).options.deadLetter);
  return [...new Set(names.filter((n): n is string => typeof n === "string"))];
}
