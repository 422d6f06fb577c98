import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type {
  ApiKeyScope,
  DownloadClientKind,
  FormatCondition,
  ImportMode,
  IndexerCaps,
  IndexerFailureKind,
  IndexerKind,
  IndexerProtocol,
  IndexerSettingValue,
  LibraryKind,
  MediaFileGuess,
  MediaFileRole,
  MediaFileStatus,
  MediaInfo,
  MinimumAvailability,
  MovieStatus,
  NamingSettings,
  ProblemKind,
  ProfileItem,
  Protocol,
  RequestMediaType,
  RequestScope,
  RequestStatus,
  Role,
  ScanSummary,
  SeriesMonitor,
  SeriesStatus,
  SeriesType,
} from "./types";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);
const uuid = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

export const users = sqliteTable(
  "users",
  {
    id: uuid(),
    username: text("username").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").$type<Role>().notNull(),
    tokenVersion: integer("token_version").notNull().default(0),
    createdAt: createdAt(),
    lastLoginAt: integer("last_login_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("users_username_unique").on(sql`lower(${t.username})`)],
);

export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: uuid(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    /** full, read-only or requests-only: what the key may do, within its owner's role. */
    scope: text("scope").$type<ApiKeyScope>().notNull().default("full"),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("api_keys_key_hash_unique").on(t.keyHash), index("api_keys_user_idx").on(t.userId)],
);

/** OpenID Connect identities linked to users: the provider's issuer and subject name exactly one user. */
export const userIdentities = sqliteTable(
  "user_identities",
  {
    id: uuid(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    /** What the provider called the account when it was linked (shown on the profile). */
    label: text("label").notNull(),
    createdAt: createdAt(),
    lastLoginAt: integer("last_login_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("user_identities_issuer_subject_unique").on(t.issuer, t.subject),
    index("user_identities_user_idx").on(t.userId),
  ],
);

/** Signed-in browser sessions: the JWT carries the id; sign-out revokes the row, so a copied cookie stops working. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: uuid(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_at_idx").on(t.expiresAt)],
);

/** Failed sign-ins per key (username + address, or address), shared by every web process. */
export const loginThrottles = sqliteTable(
  "login_throttles",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    blockedUntil: integer("blocked_until", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("login_throttles_updated_at_idx").on(t.updatedAt)],
);

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).$type<unknown>().notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    type: text("type").notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    actorId: text("actor_id"),
    createdAt: createdAt(),
    // SQLite commits writers one at a time, so id order is commit order: txid stays 0.
    txid: integer("txid").notNull().default(0),
  },
  (t) => [index("events_created_at_idx").on(t.createdAt), index("events_position_idx").on(t.txid, t.id)],
);

export const taskRuns = sqliteTable("task_runs", {
  name: text("name").primaryKey(),
  status: text("status").$type<"running" | "succeeded" | "failed">().notNull(),
  startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
  finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  durationMs: integer("duration_ms"),
  error: text("error"),
  runCount: integer("run_count").notNull().default(0),
  /** Failed runs since the last success (System → Health warns about a task that keeps failing). */
  failuresInARow: integer("failures_in_a_row").notNull().default(0),
});

export const workers = sqliteTable("workers", {
  id: text("id").primaryKey(),
  hostname: text("hostname").notNull(),
  pid: integer("pid").notNull(),
  startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
  heartbeatAt: integer("heartbeat_at", { mode: "timestamp_ms" }).notNull(),
});

// Metadata responses (TMDB direct, relay, and the relay's own cache), keyed by request.
export const metadataCache = sqliteTable(
  "metadata_cache",
  {
    key: text("key").primaryKey(),
    value: text("value", { mode: "json" }).$type<unknown>().notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("metadata_cache_expires_idx").on(t.expiresAt)],
);

// The metadata relay's token bucket per client address, shared by every web process.
export const relayRateBuckets = sqliteTable(
  "relay_rate_buckets",
  {
    client: text("client").primaryKey(),
    tokens: real("tokens").notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("relay_rate_buckets_updated_at_idx").on(t.updatedAt)],
);

export const movies = sqliteTable(
  "movies",
  {
    id: uuid(),
    tmdbId: integer("tmdb_id").notNull(),
    imdbId: text("imdb_id"),
    title: text("title").notNull(),
    originalTitle: text("original_title"),
    sortTitle: text("sort_title").notNull(),
    year: integer("year"),
    overview: text("overview"),
    runtime: integer("runtime"),
    status: text("status").$type<MovieStatus>().notNull(),
    inCinemasAt: integer("in_cinemas_at", { mode: "timestamp_ms" }),
    digitalReleaseAt: integer("digital_release_at", { mode: "timestamp_ms" }),
    physicalReleaseAt: integer("physical_release_at", { mode: "timestamp_ms" }),
    genres: text("genres", { mode: "json" }).$type<string[]>().notNull(),
    certification: text("certification"),
    rating: real("rating"),
    votes: integer("votes"),
    popularity: real("popularity"),
    posterPath: text("poster_path"),
    backdropPath: text("backdrop_path"),
    collectionTmdbId: integer("collection_tmdb_id"),
    collectionName: text("collection_name"),
    originalLanguage: text("original_language"),
    monitored: integer("monitored", { mode: "boolean" }).notNull().default(true),
    minimumAvailability: text("minimum_availability").$type<MinimumAvailability>().notNull(),
    libraryId: text("library_id").notNull(),
    qualityProfileId: text("quality_profile_id").notNull(),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default([]),
    searchRequestedAt: integer("search_requested_at", { mode: "timestamp_ms" }),
    addedAt: integer("added_at", { mode: "timestamp_ms" }).notNull(),
    refreshedAt: integer("refreshed_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("movies_tmdb_unique").on(t.tmdbId),
    index("movies_sort_title_idx").on(t.sortTitle),
    index("movies_year_idx").on(t.year),
    index("movies_added_idx").on(t.addedAt),
    index("movies_rating_idx").on(t.rating),
    index("movies_monitored_idx").on(t.monitored, t.sortTitle),
    index("movies_status_idx").on(t.status, t.sortTitle),
    index("movies_library_idx").on(t.libraryId),
    index("movies_in_cinemas_idx").on(t.inCinemasAt),
    index("movies_digital_idx").on(t.digitalReleaseAt),
    index("movies_physical_idx").on(t.physicalReleaseAt),
  ],
);

export const series = sqliteTable(
  "series",
  {
    id: uuid(),
    tmdbId: integer("tmdb_id").notNull(),
    tvdbId: integer("tvdb_id"),
    imdbId: text("imdb_id"),
    title: text("title").notNull(),
    originalTitle: text("original_title"),
    sortTitle: text("sort_title").notNull(),
    year: integer("year"),
    overview: text("overview"),
    status: text("status").$type<SeriesStatus>().notNull(),
    network: text("network"),
    airTime: text("air_time"),
    seriesType: text("series_type").$type<SeriesType>().notNull(),
    runtime: integer("runtime"),
    genres: text("genres", { mode: "json" }).$type<string[]>().notNull(),
    certification: text("certification"),
    rating: real("rating"),
    votes: integer("votes"),
    popularity: real("popularity"),
    posterPath: text("poster_path"),
    backdropPath: text("backdrop_path"),
    originalLanguage: text("original_language"),
    firstAiredAt: integer("first_aired_at", { mode: "timestamp_ms" }),
    monitored: integer("monitored", { mode: "boolean" }).notNull().default(true),
    monitor: text("monitor").$type<SeriesMonitor>().notNull(),
    monitorNewSeasons: integer("monitor_new_seasons", { mode: "boolean" }).notNull().default(true),
    libraryId: text("library_id").notNull(),
    qualityProfileId: text("quality_profile_id").notNull(),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default([]),
    searchRequestedAt: integer("search_requested_at", { mode: "timestamp_ms" }),
    addedAt: integer("added_at", { mode: "timestamp_ms" }).notNull(),
    refreshedAt: integer("refreshed_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("series_tmdb_unique").on(t.tmdbId),
    index("series_sort_title_idx").on(t.sortTitle),
    index("series_year_idx").on(t.year),
    index("series_added_idx").on(t.addedAt),
    index("series_rating_idx").on(t.rating),
    index("series_monitored_idx").on(t.monitored, t.sortTitle),
    index("series_status_idx").on(t.status, t.sortTitle),
    index("series_library_idx").on(t.libraryId),
  ],
);

// Each title's genres and tags, one row per value, written with the title (lib/catalog): the
// Movies and TV lists read their distinct genres and tags from the index, not from every title.
export const movieFacets = sqliteTable(
  "movie_facets",
  {
    movieId: text("movie_id")
      .notNull()
      .references(() => movies.id, { onDelete: "cascade" }),
    facet: text("facet").$type<"genre" | "tag">().notNull(),
    value: text("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.movieId, t.facet, t.value] }), index("movie_facets_value_idx").on(t.facet, t.value)],
);

export const seriesFacets = sqliteTable(
  "series_facets",
  {
    seriesId: text("series_id")
      .notNull()
      .references(() => series.id, { onDelete: "cascade" }),
    facet: text("facet").$type<"genre" | "tag">().notNull(),
    value: text("value").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.seriesId, t.facet, t.value] }),
    index("series_facets_value_idx").on(t.facet, t.value),
  ],
);

// Titles the user removed with "never add again": add, search-to-add and discover refuse or flag them.
export const importExclusions = sqliteTable(
  "import_exclusions",
  {
    id: uuid(),
    kind: text("kind").$type<"movie" | "series">().notNull(),
    tmdbId: integer("tmdb_id").notNull(),
    title: text("title").notNull(),
    year: integer("year"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("import_exclusions_kind_tmdb_unique").on(t.kind, t.tmdbId)],
);

export const seasons = sqliteTable(
  "seasons",
  {
    id: uuid(),
    seriesId: text("series_id")
      .notNull()
      .references(() => series.id, { onDelete: "cascade" }),
    seasonNumber: integer("season_number").notNull(),
    title: text("title"),
    overview: text("overview"),
    posterPath: text("poster_path"),
    airDate: text("air_date"),
    monitored: integer("monitored", { mode: "boolean" }).notNull().default(true),
    removedAt: integer("removed_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("seasons_series_number_unique").on(t.seriesId, t.seasonNumber)],
);

export const episodes = sqliteTable(
  "episodes",
  {
    id: uuid(),
    seriesId: text("series_id")
      .notNull()
      .references(() => series.id, { onDelete: "cascade" }),
    tmdbId: integer("tmdb_id"),
    seasonNumber: integer("season_number").notNull(),
    episodeNumber: integer("episode_number").notNull(),
    absoluteNumber: integer("absolute_number"),
    title: text("title"),
    overview: text("overview"),
    airDate: text("air_date"),
    airDateUtc: integer("air_date_utc", { mode: "timestamp_ms" }),
    runtime: integer("runtime"),
    stillPath: text("still_path"),
    monitored: integer("monitored", { mode: "boolean" }).notNull().default(true),
    removedAt: integer("removed_at", { mode: "timestamp_ms" }),
    addedAt: integer("added_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("episodes_series_number_unique").on(t.seriesId, t.seasonNumber, t.episodeNumber),
    index("episodes_air_date_idx").on(t.airDateUtc),
  ],
);

// SQLite-only: the job queue tables behind lib/jobs' SQLite adapter (pg-boss keeps its own schema).
export const jobs = sqliteTable(
  "jobs",
  {
    id: text("id").primaryKey(),
    queue: text("queue").notNull(),
    data: text("data", { mode: "json" }).$type<unknown>().notNull(),
    state: text("state").$type<"created" | "active" | "completed" | "failed" | "cancelled">().notNull(),
    singletonKey: text("singleton_key"),
    priority: integer("priority").notNull().default(0),
    retryCount: integer("retry_count").notNull().default(0),
    retryLimit: integer("retry_limit").notNull().default(2),
    retryDelaySeconds: integer("retry_delay_seconds").notNull().default(5),
    retryBackoff: integer("retry_backoff", { mode: "boolean" }).notNull().default(true),
    expireSeconds: integer("expire_seconds").notNull().default(900),
    deadLetter: text("dead_letter"),
    startAfter: integer("start_after", { mode: "timestamp_ms" }).notNull(),
    lockToken: text("lock_token"),
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
    output: text("output", { mode: "json" }).$type<unknown>(),
    createdAt: createdAt(),
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("jobs_fetch_idx").on(t.queue, t.state, t.startAfter),
    uniqueIndex("jobs_singleton_idx")
      .on(t.queue, t.singletonKey)
      .where(sql`${t.singletonKey} is not null and ${t.state} in ('created', 'active')`),
    index("jobs_locked_idx").on(t.state, t.lockedUntil),
  ],
);

export const jobSchedules = sqliteTable("job_schedules", {
  name: text("name").primaryKey(),
  cron: text("cron").notNull(),
  timezone: text("timezone").notNull().default("UTC"),
  data: text("data", { mode: "json" }).$type<unknown>(),
  nextRunAt: integer("next_run_at", { mode: "timestamp_ms" }).notNull(),
  lastRunAt: integer("last_run_at", { mode: "timestamp_ms" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// Indexers (lib/indexers). `secrets` is the encrypted JSON of the secret fields (API key, password, cookie).
export const indexers = sqliteTable(
  "indexers",
  {
    id: uuid(),
    name: text("name").notNull(),
    kind: text("kind").$type<IndexerKind>().notNull(),
    protocol: text("protocol").$type<IndexerProtocol>().notNull(),
    baseUrl: text("base_url").notNull(),
    apiPath: text("api_path").notNull().default("/api"),
    definitionId: text("definition_id"),
    settings: text("settings", { mode: "json" }).$type<Record<string, IndexerSettingValue>>().notNull(),
    secrets: text("secrets"),
    enableRss: integer("enable_rss", { mode: "boolean" }).notNull().default(true),
    enableAutomatic: integer("enable_automatic", { mode: "boolean" }).notNull().default(true),
    enableInteractive: integer("enable_interactive", { mode: "boolean" }).notNull().default(true),
    priority: integer("priority").notNull().default(25),
    categories: text("categories", { mode: "json" }).$type<number[]>().notNull(),
    minimumSeeders: integer("minimum_seeders").notNull().default(1),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
    requestsPerMinute: integer("requests_per_minute"),
    requestsPerDay: integer("requests_per_day"),
    timeoutMs: integer("timeout_ms").notNull().default(20000),
    caps: text("caps", { mode: "json" }).$type<IndexerCaps>(),
    capsUpdatedAt: integer("caps_updated_at", { mode: "timestamp_ms" }),
    importedFrom: text("imported_from"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("indexers_name_unique").on(sql`lower(${t.name})`)],
);

// Health, rate-limit windows and the login session of each indexer (written on every request).
export const indexerStatus = sqliteTable("indexer_status", {
  indexerId: text("indexer_id")
    .primaryKey()
    .references(() => indexers.id, { onDelete: "cascade" }),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  disabledUntil: integer("disabled_until", { mode: "timestamp_ms" }),
  lastFailureAt: integer("last_failure_at", { mode: "timestamp_ms" }),
  lastFailureKind: text("last_failure_kind").$type<IndexerFailureKind>(),
  lastFailureMessage: text("last_failure_message"),
  lastSuccessAt: integer("last_success_at", { mode: "timestamp_ms" }),
  minuteWindow: integer("minute_window").notNull().default(0),
  minuteCount: integer("minute_count").notNull().default(0),
  dayWindow: text("day_window").notNull().default(""),
  dayCount: integer("day_count").notNull().default(0),
  session: text("session"),
  sessionUpdatedAt: integer("session_updated_at", { mode: "timestamp_ms" }),
});

// Interactive search results, kept server-side so that a grab names one by its opaque id and the
// server, not the caller, decides what to fetch. payload: the release as the indexer sent it, encrypted
// (its links carry the indexer's key).
export const releaseCache = sqliteTable(
  "release_cache",
  {
    id: text("id").primaryKey(),
    indexerId: text("indexer_id")
      .notNull()
      .references(() => indexers.id, { onDelete: "cascade" }),
    payload: text("payload").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("release_cache_created_idx").on(t.createdAt)],
);

// Query and grab counters per indexer and UTC day.
export const indexerStats = sqliteTable(
  "indexer_stats",
  {
    id: uuid(),
    indexerId: text("indexer_id")
      .notNull()
      .references(() => indexers.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    queries: integer("queries").notNull().default(0),
    failures: integer("failures").notNull().default(0),
    results: integer("results").notNull().default(0),
    grabs: integer("grabs").notNull().default(0),
    responseMsTotal: integer("response_ms_total").notNull().default(0),
  },
  (t) => [uniqueIndex("indexer_stats_day_unique").on(t.indexerId, t.day)],
);

// Cardigann definitions (Prowlarr format v11), fetched from the definitions server or uploaded.
export const cardigannDefinitions = sqliteTable(
  "cardigann_definitions",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    type: text("type").notNull(),
    language: text("language").notNull(),
    links: text("links", { mode: "json" }).$type<string[]>().notNull(),
    version: text("version").notNull(),
    source: text("source").$type<"server" | "upload">().notNull(),
    yaml: text("yaml").notNull(),
    valid: integer("valid", { mode: "boolean" }).notNull(),
    problems: text("problems", { mode: "json" }).$type<string[]>().notNull(),
    unsupported: text("unsupported", { mode: "json" }).$type<string[]>().notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("cardigann_definitions_name_idx").on(t.name)],
);

// Libraries (lib/library): root folders where movies and series live. Media file paths are relative to `path`.
export const libraries = sqliteTable(
  "libraries",
  {
    id: uuid(),
    name: text("name").notNull(),
    kind: text("kind").$type<LibraryKind>().notNull(),
    path: text("path").notNull(),
    qualityProfileId: text("quality_profile_id").notNull().default("default"),
    importMode: text("import_mode").$type<ImportMode>().notNull().default("hardlink"),
    monitorNew: integer("monitor_new", { mode: "boolean" }).notNull().default(false),
    naming: text("naming", { mode: "json" }).$type<NamingSettings>().notNull(),
    scanIntervalHours: integer("scan_interval_hours").notNull().default(12),
    recycleDays: integer("recycle_days").notNull().default(7),
    lastScanAt: integer("last_scan_at", { mode: "timestamp_ms" }),
    lastScan: text("last_scan", { mode: "json" }).$type<ScanSummary>(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("libraries_path_unique").on(t.path)],
);

export const mediaFiles = sqliteTable(
  "media_files",
  {
    id: uuid(),
    libraryId: text("library_id")
      .notNull()
      .references(() => libraries.id, { onDelete: "cascade" }),
    relativePath: text("relative_path").notNull(),
    role: text("role").$type<MediaFileRole>().notNull(),
    size: integer("size").notNull(),
    mtimeMs: integer("mtime_ms").notNull(),
    status: text("status").$type<MediaFileStatus>().notNull(),
    movieId: text("movie_id").references(() => movies.id, { onDelete: "set null" }),
    seriesId: text("series_id").references(() => series.id, { onDelete: "set null" }),
    quality: text("quality"),
    // The parsed quality's id (lib/release QUALITIES) and the custom formats the name matches
    // (",id,id,"), stored at scan and import so Wanted and the searches never re-parse names.
    qualityId: integer("quality_id"),
    customFormatIds: text("custom_format_ids"),
    releaseGroup: text("release_group"),
    edition: text("edition"),
    guess: text("guess", { mode: "json" }).$type<MediaFileGuess>(),
    mediaInfo: text("media_info", { mode: "json" }).$type<MediaInfo>(),
    mediaInfoError: text("media_info_error"),
    analyzedAt: integer("analyzed_at", { mode: "timestamp_ms" }),
    missingAt: integer("missing_at", { mode: "timestamp_ms" }),
    addedAt: integer("added_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("media_files_library_path_unique").on(t.libraryId, t.relativePath),
    index("media_files_status_idx").on(t.libraryId, t.status),
    index("media_files_movie_idx").on(t.movieId),
    index("media_files_series_idx").on(t.seriesId),
    // Wanted: an item's videos on disk and their stored quality, read from the index alone.
    index("media_files_held_movie_idx")
      .on(t.movieId, t.qualityId, t.customFormatIds)
      .where(sql`${t.role} = 'video' and ${t.status} = 'matched' and ${t.missingAt} is null`),
    index("media_files_held_id_idx")
      .on(t.id, t.qualityId, t.customFormatIds)
      .where(sql`${t.role} = 'video' and ${t.status} = 'matched' and ${t.missingAt} is null`),
  ],
);

export const mediaFileEpisodes = sqliteTable(
  "media_file_episodes",
  {
    mediaFileId: text("media_file_id")
      .notNull()
      .references(() => mediaFiles.id, { onDelete: "cascade" }),
    episodeId: text("episode_id")
      .notNull()
      .references(() => episodes.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("media_file_episodes_unique").on(t.mediaFileId, t.episodeId),
    index("media_file_episodes_episode_idx").on(t.episodeId, t.mediaFileId),
  ],
);

// Remote path (as a download client reports it) → local path (as this server sees it).
export const pathMappings = sqliteTable(
  "path_mappings",
  {
    id: uuid(),
    remotePath: text("remote_path").notNull(),
    localPath: text("local_path").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("path_mappings_remote_unique").on(t.remotePath)],
);

// Quality (lib/quality): size definitions (only edited rows; the rest are lib/release's defaults), profiles, custom formats, release and delay profiles.
export const qualityDefinitions = sqliteTable("quality_definitions", {
  qualityId: integer("quality_id").primaryKey(),
  title: text("title").notNull(),
  minSize: real("min_size").notNull(),
  preferredSize: real("preferred_size"),
  maxSize: real("max_size"),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const qualityProfiles = sqliteTable(
  "quality_profiles",
  {
    id: uuid(),
    name: text("name").notNull(),
    upgradeAllowed: integer("upgrade_allowed", { mode: "boolean" }).notNull().default(true),
    cutoff: text("cutoff").notNull(),
    items: text("items", { mode: "json" }).$type<ProfileItem[]>().notNull(),
    minFormatScore: integer("min_format_score").notNull().default(0),
    cutoffFormatScore: integer("cutoff_format_score").notNull().default(0),
    minUpgradeFormatScore: integer("min_upgrade_format_score").notNull().default(1),
    language: text("language").notNull().default("any"),
    formatScores: text("format_scores", { mode: "json" }).$type<Record<string, number>>().notNull(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("quality_profiles_name_unique").on(sql`lower(${t.name})`)],
);

export const customFormats = sqliteTable(
  "custom_formats",
  {
    id: uuid(),
    name: text("name").notNull(),
    includeWhenRenaming: integer("include_when_renaming", { mode: "boolean" }).notNull().default(false),
    conditions: text("conditions", { mode: "json" }).$type<FormatCondition[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("custom_formats_name_unique").on(sql`lower(${t.name})`)],
);

export const releaseProfiles = sqliteTable("release_profiles", {
  id: uuid(),
  name: text("name").notNull(),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  required: text("required", { mode: "json" }).$type<string[]>().notNull(),
  ignored: text("ignored", { mode: "json" }).$type<string[]>().notNull(),
  indexerIds: text("indexer_ids", { mode: "json" }).$type<string[]>().notNull(),
  tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const delayProfiles = sqliteTable("delay_profiles", {
  id: uuid(),
  sortOrder: integer("sort_order").notNull(),
  enableUsenet: integer("enable_usenet", { mode: "boolean" }).notNull().default(true),
  enableTorrent: integer("enable_torrent", { mode: "boolean" }).notNull().default(true),
  preferredProtocol: text("preferred_protocol").$type<Protocol>().notNull(),
  usenetDelayMinutes: integer("usenet_delay_minutes").notNull().default(0),
  torrentDelayMinutes: integer("torrent_delay_minutes").notNull().default(0),
  bypassIfHighestQuality: integer("bypass_if_highest_quality", { mode: "boolean" }).notNull().default(true),
  bypassIfAboveFormatScore: integer("bypass_if_above_format_score", { mode: "boolean" }).notNull().default(false),
  minimumFormatScore: integer("minimum_format_score").notNull().default(0),
  tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// Download clients (lib/downloads). `secrets` is the encrypted JSON of the secret fields (password, API key).
export const downloadClients = sqliteTable(
  "download_clients",
  {
    id: uuid(),
    name: text("name").notNull(),
    kind: text("kind").$type<DownloadClientKind>().notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    host: text("host").notNull(),
    port: integer("port").notNull(),
    useTls: integer("use_tls", { mode: "boolean" }).notNull().default(false),
    urlBase: text("url_base").notNull().default(""),
    username: text("username"),
    secrets: text("secrets"),
    movieCategory: text("movie_category"),
    tvCategory: text("tv_category"),
    priority: integer("priority").notNull().default(1),
    removeCompleted: integer("remove_completed", { mode: "boolean" }).notNull().default(true),
    removeFailed: integer("remove_failed", { mode: "boolean" }).notNull().default(true),
    timeoutMs: integer("timeout_ms").notNull().default(10000),
    /** Torrents: remove from the client (with data) once imported and this ratio is reached; null = never. */
    seedRatioLimit: real("seed_ratio_limit"),
    /** Torrents: … or once seeded this many minutes; null = never. */
    seedTimeMinutes: integer("seed_time_minutes"),
    /** A download with no progress for this long is flagged stalled; 0 = never. */
    stalledAfterMinutes: integer("stalled_after_minutes").notNull().default(60),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("download_clients_name_unique").on(sql`lower(${t.name})`)],
);

// Reachability of each download client as the monitor and Test last found it (lib/downloads/client-health).
export const downloadClientHealth = sqliteTable("download_client_health", {
  clientId: text("client_id")
    .primaryKey()
    .references(() => downloadClients.id, { onDelete: "cascade" }),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  /** The first failure of the current run of failures; null while the client answers. */
  failingSince: integer("failing_since", { mode: "timestamp_ms" }),
  lastFailureAt: integer("last_failure_at", { mode: "timestamp_ms" }),
  lastFailureMessage: text("last_failure_message"),
  /** The monitor leaves a failing client alone until then (back-off). */
  nextCheckAt: integer("next_check_at", { mode: "timestamp_ms" }),
  lastSuccessAt: integer("last_success_at", { mode: "timestamp_ms" }),
});

// Worker crashes seen by `npm start`'s supervisor, recorded by the worker it restarted (lib/jobs).
export const workerCrashes = sqliteTable("worker_crashes", {
  id: uuid(),
  crashedAt: integer("crashed_at", { mode: "timestamp_ms" }).notNull(),
  exitCode: integer("exit_code"),
  signal: text("signal"),
  /** Crashes in a row before this restart (1 = the first). */
  restarts: integer("restarts").notNull(),
  restartDelayMs: integer("restart_delay_ms").notNull(),
  recordedAt: createdAt(),
});

// Downloads (lib/downloads): what Mydia sent to a client, its history and the blocklist.
export const downloads = sqliteTable(
  "downloads",
  {
    id: uuid(),
    clientId: text("client_id"),
    clientName: text("client_name").notNull(),
    /** The client's id of the item: info hash (torrents), nzo_id / NZBID (usenet). */
    clientItemId: text("client_item_id").notNull(),
    infoHash: text("info_hash"),
    protocol: text("protocol").$type<"torrent" | "usenet">().notNull(),
    title: text("title").notNull(),
    indexerId: text("indexer_id"),
    indexerName: text("indexer_name"),
    guid: text("guid"),
    size: real("size"),
    quality: text("quality", { mode: "json" }).$type<Record<string, unknown> | null>(),
    movieId: text("movie_id"),
    seriesId: text("series_id"),
    episodeIds: text("episode_ids", { mode: "json" }).$type<string[]>().notNull(),
    status: text("status").notNull(),
    progress: real("progress").notNull().default(0),
    outputPath: text("output_path"),
    error: text("error"),
    imported: integer("imported", { mode: "boolean" }).notNull().default(false),
    /** The user grabbed it although the decision engine rejected it: its import may replace a better file. */
    overrideRejection: integer("override_rejection", { mode: "boolean" }).notNull().default(false),
    importedFiles: text("imported_files", { mode: "json" }).$type<string[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
    removedAt: integer("removed_at", { mode: "timestamp_ms" }),
    /** When progress last moved (stalled detection). */
    lastProgressAt: integer("last_progress_at", { mode: "timestamp_ms" }),
    /** "grab": sent by Mydia; "client": found in Mydia's category, added to the client by hand. */
    origin: text("origin").$type<"grab" | "client">().notNull().default("grab"),
  },
  (t) => [
    index("downloads_client_item_idx").on(t.clientId, t.clientItemId),
    index("downloads_status_idx").on(t.status),
    index("downloads_guid_idx").on(t.guid),
    index("downloads_info_hash_idx").on(t.infoHash),
  ],
);

export const downloadHistory = sqliteTable(
  "download_history",
  {
    id: uuid(),
    downloadId: text("download_id"),
    event: text("event")
      .$type<"grabbed" | "imported" | "failed" | "deleted" | "upgraded" | "replaced" | "kept" | "renamed">()
      .notNull(),
    title: text("title").notNull(),
    movieId: text("movie_id"),
    seriesId: text("series_id"),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("download_history_created_idx").on(t.createdAt),
    index("download_history_download_idx").on(t.downloadId),
    index("download_history_movie_idx").on(t.movieId, t.createdAt),
    index("download_history_series_idx").on(t.seriesId, t.createdAt),
  ],
);

export const blocklist = sqliteTable(
  "blocklist",
  {
    id: uuid(),
    title: text("title").notNull(),
    indexerId: text("indexer_id"),
    indexerName: text("indexer_name"),
    guid: text("guid"),
    infoHash: text("info_hash"),
    protocol: text("protocol").$type<"torrent" | "usenet">().notNull(),
    movieId: text("movie_id"),
    seriesId: text("series_id"),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("blocklist_info_hash_idx").on(t.infoHash),
    index("blocklist_title_idx").on(t.title),
    index("blocklist_created_idx").on(t.createdAt),
  ],
);

// A grab in progress, by release identity ("guid:<indexer>:<guid>" or "hash:<info hash>"): two
// grabs of the same release, from any process, cannot both pass the duplicate check.
export const grabClaims = sqliteTable("grab_claims", {
  key: text("key").primaryKey(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

// Automation (lib/automation): per-item search back-off, releases held by a delay profile, RSS sync state.
export const itemSearches = sqliteTable(
  "item_searches",
  {
    /** "movie:<id>" or "episode:<id>". */
    subjectKey: text("subject_key").primaryKey(),
    lastSearchedAt: integer("last_searched_at", { mode: "timestamp_ms" }).notNull(),
    /** Searches in a row that found nothing to grab. */
    misses: integer("misses").notNull().default(0),
    nextSearchAt: integer("next_search_at", { mode: "timestamp_ms" }).notNull(),
    lastResult: text("last_result"),
  },
  (t) => [index("item_searches_next_idx").on(t.nextSearchAt)],
);

export const pendingReleases = sqliteTable(
  "pending_releases",
  {
    id: uuid(),
    subjectKey: text("subject_key").notNull(),
    guid: text("guid").notNull(),
    subject: text("subject", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    release: text("release", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("pending_releases_subject_guid_unique").on(t.subjectKey, t.guid)],
);

export const rssSyncState = sqliteTable("rss_sync_state", {
  indexerId: text("indexer_id").primaryKey(),
  lastSyncAt: integer("last_sync_at", { mode: "timestamp_ms" }).notNull(),
  /** Guids of the last feed: anything not in it is new. */
  seenGuids: text("seen_guids", { mode: "json" }).$type<string[]>().notNull(),
});

// The *arr-compatible API's integer ids: Radarr and Sonarr clients keep ints, Mydia's own ids are uuids.
export const arrIds = sqliteTable(
  "arr_ids",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    entityId: text("entity_id").notNull(),
  },
  (t) => [uniqueIndex("arr_ids_kind_entity_unique").on(t.kind, t.entityId)],
);

// Commands sent through the *arr API (Radarr/Sonarr POST /command): the jobs each one queued, so
// GET /command/{id} can answer from those jobs' state. Owned by lib/arr.
export const arrCommands = sqliteTable(
  "arr_commands",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    persona: text("persona").$type<"radarr" | "sonarr">().notNull(),
    name: text("name").notNull(),
    body: text("body", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    jobs: text("jobs", { mode: "json" }).$type<{ queue: string; jobId: string | null }[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("arr_commands_created_idx").on(t.createdAt)],
);

// Imports from a Radarr or Sonarr (lib/migration): what was asked, the plan or result, and the peer's API key
// (encrypted) only while the job runs, or for good when the user asked to keep it.
export const arrImports = sqliteTable(
  "arr_imports",
  {
    id: uuid(),
    app: text("app").$type<"radarr" | "sonarr">().notNull(),
    url: text("url").notNull(),
    apiKey: text("api_key"),
    keepKey: integer("keep_key", { mode: "boolean" }).notNull().default(false),
    options: text("options", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<"queued" | "running" | "succeeded" | "failed">().notNull(),
    result: text("result", { mode: "json" }).$type<Record<string, unknown>>(),
    error: text("error"),
    createdAt: createdAt(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("arr_imports_created_idx").on(t.createdAt)],
);
// In-app notifications (lib/notifications): one row per user and event, so an event is turned into a user's
// notification at most once however many workers read it.
export const notifications = sqliteTable(
  "notifications",
  {
    id: uuid(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    eventId: integer("event_id").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("notifications_user_event_unique").on(t.userId, t.eventId),
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
  ],
);

// How far the notification consumer has read the events table (one row per consumer name).
export const notificationCursors = sqliteTable("notification_cursors", {
  name: text("name").primaryKey(),
  txid: integer("txid").notNull(),
  eventId: integer("event_id").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// Outbound channels: an admin's (userId null: system events, every request) or a user's own (their requests).
export const notificationChannels = sqliteTable(
  "notification_channels",
  {
    id: uuid(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    events: text("events", { mode: "json" }).$type<string[]>().notNull(),
    settings: text("settings", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** Encrypted JSON of the secret fields (SMTP password, tokens, webhook URLs with keys). */
    secrets: text("secrets"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("notification_channels_user_idx").on(t.userId)],
);

// One message for one channel: sent by the notifications.send job (retried with back-off); its state is shown.
export const notificationDeliveries = sqliteTable(
  "notification_deliveries",
  {
    id: uuid(),
    channelId: text("channel_id")
      .notNull()
      .references(() => notificationChannels.id, { onDelete: "cascade" }),
    eventId: integer("event_id").notNull(),
    kind: text("kind").notNull(),
    message: text("message", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<"pending" | "sent" | "failed">().notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("notification_deliveries_channel_event_unique").on(t.channelId, t.eventId),
    index("notification_deliveries_created_idx").on(t.createdAt),
  ],
);

// Web push: one row per browser a user opted in on (lib/notifications/push).
export const pushSubscriptions = sqliteTable(
  "push_subscriptions",
  {
    id: uuid(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    label: text("label").notNull(),
    createdAt: createdAt(),
    lastSentAt: integer("last_sent_at", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
  },
  (t) => [
    uniqueIndex("push_subscriptions_endpoint_unique").on(t.endpoint),
    index("push_subscriptions_user_idx").on(t.userId),
  ],
);

// The VAPID key pair web push signs with: generated once (the first writer wins), private key encrypted.
export const vapidKeys = sqliteTable("vapid_keys", {
  id: text("id").primaryKey(),
  publicKey: text("public_key").notNull(),
  privateKey: text("private_key").notNull(),
  createdAt: createdAt(),
});

// Requests (lib/requests): one row per title; who asked for it in request_requesters.
export const requests = sqliteTable(
  "requests",
  {
    id: uuid(),
    mediaType: text("media_type").$type<RequestMediaType>().notNull(),
    tmdbId: integer("tmdb_id").notNull(),
    title: text("title").notNull(),
    year: integer("year"),
    posterPath: text("poster_path"),
    /** The last state requesters were told of; "available" is re-derived from the library on every read. */
    status: text("status").$type<RequestStatus>().notNull(),
    scope: text("scope", { mode: "json" }).$type<RequestScope>().notNull(),
    /** 0–100 while downloading. */
    progress: real("progress"),
    declineReason: text("decline_reason"),
    libraryId: text("library_id"),
    qualityProfileId: text("quality_profile_id"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("requests_title_unique").on(t.mediaType, t.tmdbId), index("requests_status_idx").on(t.status)],
);

/** Who asked for a request (the first asker and everyone who joined), with what their quota counts. */
export const requestRequesters = sqliteTable(
  "request_requesters",
  {
    requestId: text("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    note: text("note"),
    movies: integer("movies").notNull().default(0),
    seasons: integer("seasons").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.userId] }),
    index("request_requesters_user_idx").on(t.userId, t.createdAt),
  ],
);

/** "Report a problem" on an available title, for admins. */
export const requestProblems = sqliteTable(
  "request_problems",
  {
    id: uuid(),
    requestId: text("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind").$type<ProblemKind>().notNull(),
    text: text("text"),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    resolution: text("resolution"),
    createdAt: createdAt(),
  },
  (t) => [index("request_problems_request_idx").on(t.requestId)],
);
