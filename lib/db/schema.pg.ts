import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
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

const ts = (name: string) => timestamp(name, { mode: "date", withTimezone: true });
const createdAt = () => ts("created_at").notNull().defaultNow();
const uuid = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

export const users = pgTable(
  "users",
  {
    id: uuid(),
    username: text("username").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").$type<Role>().notNull(),
    tokenVersion: integer("token_version").notNull().default(0),
    createdAt: createdAt(),
    lastLoginAt: ts("last_login_at"),
  },
  (t) => [uniqueIndex("users_username_unique").on(sql`lower(${t.username})`)],
);

export const apiKeys = pgTable(
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
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
    /** full, read-only or requests-only: what the key may do, within its owner's role. */
    scope: text("scope").$type<ApiKeyScope>().notNull().default("full"),
    expiresAt: ts("expires_at"),
  },
  (t) => [uniqueIndex("api_keys_key_hash_unique").on(t.keyHash), index("api_keys_user_idx").on(t.userId)],
);

/** OpenID Connect identities linked to users: the provider's issuer and subject name exactly one user. */
export const userIdentities = pgTable(
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
    lastLoginAt: ts("last_login_at"),
  },
  (t) => [
    uniqueIndex("user_identities_issuer_subject_unique").on(t.issuer, t.subject),
    index("user_identities_user_idx").on(t.userId),
  ],
);

/** Signed-in browser sessions: the JWT carries the id; sign-out revokes the row, so a copied cookie stops working. */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: ts("expires_at").notNull(),
    revokedAt: ts("revoked_at"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_at_idx").on(t.expiresAt)],
);

/** Failed sign-ins per key (username + address, or address), shared by every web process. */
export const loginThrottles = pgTable(
  "login_throttles",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    blockedUntil: ts("blocked_until"),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [index("login_throttles_updated_at_idx").on(t.updatedAt)],
);

export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedAt: ts("updated_at").notNull(),
});

export const events = pgTable(
  "events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    type: text("type").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    actorId: text("actor_id"),
    createdAt: createdAt(),
    // The writing transaction's id: readers deliver in (txid, id) order, only below the oldest
    // running transaction, so an event committed late is never skipped (lib/events/read-events.ts).
    txid: bigint("txid", { mode: "number" })
      .notNull()
      .default(sql`(pg_current_xact_id()::text::bigint)`),
  },
  (t) => [index("events_created_at_idx").on(t.createdAt), index("events_position_idx").on(t.txid, t.id)],
);

export const taskRuns = pgTable("task_runs", {
  name: text("name").primaryKey(),
  status: text("status").$type<"running" | "succeeded" | "failed">().notNull(),
  startedAt: ts("started_at").notNull(),
  finishedAt: ts("finished_at"),
  durationMs: integer("duration_ms"),
  error: text("error"),
  runCount: integer("run_count").notNull().default(0),
  /** Failed runs since the last success (System → Health warns about a task that keeps failing). */
  failuresInARow: integer("failures_in_a_row").notNull().default(0),
});

export const workers = pgTable("workers", {
  id: text("id").primaryKey(),
  hostname: text("hostname").notNull(),
  pid: integer("pid").notNull(),
  startedAt: ts("started_at").notNull(),
  heartbeatAt: ts("heartbeat_at").notNull(),
});

// Metadata responses (TMDB direct, relay, and the relay's own cache), keyed by request.
export const metadataCache = pgTable(
  "metadata_cache",
  {
    key: text("key").primaryKey(),
    value: jsonb("value").$type<unknown>().notNull(),
    expiresAt: ts("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("metadata_cache_expires_idx").on(t.expiresAt)],
);

// The metadata relay's token bucket per client address, shared by every web process.
export const relayRateBuckets = pgTable(
  "relay_rate_buckets",
  {
    client: text("client").primaryKey(),
    tokens: doublePrecision("tokens").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [index("relay_rate_buckets_updated_at_idx").on(t.updatedAt)],
);

export const movies = pgTable(
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
    inCinemasAt: ts("in_cinemas_at"),
    digitalReleaseAt: ts("digital_release_at"),
    physicalReleaseAt: ts("physical_release_at"),
    genres: jsonb("genres").$type<string[]>().notNull(),
    certification: text("certification"),
    rating: doublePrecision("rating"),
    votes: integer("votes"),
    popularity: doublePrecision("popularity"),
    posterPath: text("poster_path"),
    backdropPath: text("backdrop_path"),
    collectionTmdbId: integer("collection_tmdb_id"),
    collectionName: text("collection_name"),
    originalLanguage: text("original_language"),
    monitored: boolean("monitored").notNull().default(true),
    minimumAvailability: text("minimum_availability").$type<MinimumAvailability>().notNull(),
    libraryId: text("library_id").notNull(),
    qualityProfileId: text("quality_profile_id").notNull(),
    tags: jsonb("tags").$type<string[]>().notNull().default([]),
    searchRequestedAt: ts("search_requested_at"),
    addedAt: ts("added_at").notNull(),
    refreshedAt: ts("refreshed_at"),
    updatedAt: ts("updated_at").notNull(),
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

export const series = pgTable(
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
    genres: jsonb("genres").$type<string[]>().notNull(),
    certification: text("certification"),
    rating: doublePrecision("rating"),
    votes: integer("votes"),
    popularity: doublePrecision("popularity"),
    posterPath: text("poster_path"),
    backdropPath: text("backdrop_path"),
    originalLanguage: text("original_language"),
    firstAiredAt: ts("first_aired_at"),
    monitored: boolean("monitored").notNull().default(true),
    monitor: text("monitor").$type<SeriesMonitor>().notNull(),
    monitorNewSeasons: boolean("monitor_new_seasons").notNull().default(true),
    libraryId: text("library_id").notNull(),
    qualityProfileId: text("quality_profile_id").notNull(),
    tags: jsonb("tags").$type<string[]>().notNull().default([]),
    searchRequestedAt: ts("search_requested_at"),
    addedAt: ts("added_at").notNull(),
    refreshedAt: ts("refreshed_at"),
    updatedAt: ts("updated_at").notNull(),
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
export const movieFacets = pgTable(
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

export const seriesFacets = pgTable(
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
export const importExclusions = pgTable(
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

export const seasons = pgTable(
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
    monitored: boolean("monitored").notNull().default(true),
    removedAt: ts("removed_at"),
  },
  (t) => [uniqueIndex("seasons_series_number_unique").on(t.seriesId, t.seasonNumber)],
);

export const episodes = pgTable(
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
    airDateUtc: ts("air_date_utc"),
    runtime: integer("runtime"),
    stillPath: text("still_path"),
    monitored: boolean("monitored").notNull().default(true),
    removedAt: ts("removed_at"),
    addedAt: ts("added_at").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("episodes_series_number_unique").on(t.seriesId, t.seasonNumber, t.episodeNumber),
    index("episodes_air_date_idx").on(t.airDateUtc),
  ],
);

// Indexers (lib/indexers). `secrets` is the encrypted JSON of the secret fields (API key, password, cookie).
export const indexers = pgTable(
  "indexers",
  {
    id: uuid(),
    name: text("name").notNull(),
    kind: text("kind").$type<IndexerKind>().notNull(),
    protocol: text("protocol").$type<IndexerProtocol>().notNull(),
    baseUrl: text("base_url").notNull(),
    apiPath: text("api_path").notNull().default("/api"),
    definitionId: text("definition_id"),
    settings: jsonb("settings").$type<Record<string, IndexerSettingValue>>().notNull(),
    secrets: text("secrets"),
    enableRss: boolean("enable_rss").notNull().default(true),
    enableAutomatic: boolean("enable_automatic").notNull().default(true),
    enableInteractive: boolean("enable_interactive").notNull().default(true),
    priority: integer("priority").notNull().default(25),
    categories: jsonb("categories").$type<number[]>().notNull(),
    minimumSeeders: integer("minimum_seeders").notNull().default(1),
    tags: jsonb("tags").$type<string[]>().notNull(),
    requestsPerMinute: integer("requests_per_minute"),
    requestsPerDay: integer("requests_per_day"),
    timeoutMs: integer("timeout_ms").notNull().default(20000),
    caps: jsonb("caps").$type<IndexerCaps>(),
    capsUpdatedAt: ts("caps_updated_at"),
    importedFrom: text("imported_from"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [uniqueIndex("indexers_name_unique").on(sql`lower(${t.name})`)],
);

// Health, rate-limit windows and the login session of each indexer (written on every request).
export const indexerStatus = pgTable("indexer_status", {
  indexerId: text("indexer_id")
    .primaryKey()
    .references(() => indexers.id, { onDelete: "cascade" }),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  disabledUntil: ts("disabled_until"),
  lastFailureAt: ts("last_failure_at"),
  lastFailureKind: text("last_failure_kind").$type<IndexerFailureKind>(),
  lastFailureMessage: text("last_failure_message"),
  lastSuccessAt: ts("last_success_at"),
  minuteWindow: integer("minute_window").notNull().default(0),
  minuteCount: integer("minute_count").notNull().default(0),
  dayWindow: text("day_window").notNull().default(""),
  dayCount: integer("day_count").notNull().default(0),
  session: text("session"),
  sessionUpdatedAt: ts("session_updated_at"),
});

// Interactive search results, kept server-side so that a grab names one by its opaque id and the
// server, not the caller, decides what to fetch. payload: the release as the indexer sent it, encrypted
// (its links carry the indexer's key).
export const releaseCache = pgTable(
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
export const indexerStats = pgTable(
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
export const cardigannDefinitions = pgTable(
  "cardigann_definitions",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    type: text("type").notNull(),
    language: text("language").notNull(),
    links: jsonb("links").$type<string[]>().notNull(),
    version: text("version").notNull(),
    source: text("source").$type<"server" | "upload">().notNull(),
    yaml: text("yaml").notNull(),
    valid: boolean("valid").notNull(),
    problems: jsonb("problems").$type<string[]>().notNull(),
    unsupported: jsonb("unsupported").$type<string[]>().notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [index("cardigann_definitions_name_idx").on(t.name)],
);

// Libraries (lib/library): root folders where movies and series live. Media file paths are relative to `path`.
export const libraries = pgTable(
  "libraries",
  {
    id: uuid(),
    name: text("name").notNull(),
    kind: text("kind").$type<LibraryKind>().notNull(),
    path: text("path").notNull(),
    qualityProfileId: text("quality_profile_id").notNull().default("default"),
    importMode: text("import_mode").$type<ImportMode>().notNull().default("hardlink"),
    monitorNew: boolean("monitor_new").notNull().default(false),
    naming: jsonb("naming").$type<NamingSettings>().notNull(),
    scanIntervalHours: integer("scan_interval_hours").notNull().default(12),
    recycleDays: integer("recycle_days").notNull().default(7),
    lastScanAt: ts("last_scan_at"),
    lastScan: jsonb("last_scan").$type<ScanSummary>(),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [uniqueIndex("libraries_path_unique").on(t.path)],
);

export const mediaFiles = pgTable(
  "media_files",
  {
    id: uuid(),
    libraryId: text("library_id")
      .notNull()
      .references(() => libraries.id, { onDelete: "cascade" }),
    relativePath: text("relative_path").notNull(),
    role: text("role").$type<MediaFileRole>().notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    mtimeMs: bigint("mtime_ms", { mode: "number" }).notNull(),
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
    guess: jsonb("guess").$type<MediaFileGuess>(),
    mediaInfo: jsonb("media_info").$type<MediaInfo>(),
    mediaInfoError: text("media_info_error"),
    analyzedAt: ts("analyzed_at"),
    missingAt: ts("missing_at"),
    addedAt: ts("added_at").notNull(),
    updatedAt: ts("updated_at").notNull(),
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

export const mediaFileEpisodes = pgTable(
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
export const pathMappings = pgTable(
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
export const qualityDefinitions = pgTable("quality_definitions", {
  qualityId: integer("quality_id").primaryKey().generatedByDefaultAsIdentity(),
  title: text("title").notNull(),
  minSize: doublePrecision("min_size").notNull(),
  preferredSize: doublePrecision("preferred_size"),
  maxSize: doublePrecision("max_size"),
  updatedAt: ts("updated_at").notNull(),
});

export const qualityProfiles = pgTable(
  "quality_profiles",
  {
    id: uuid(),
    name: text("name").notNull(),
    upgradeAllowed: boolean("upgrade_allowed").notNull().default(true),
    cutoff: text("cutoff").notNull(),
    items: jsonb("items").$type<ProfileItem[]>().notNull(),
    minFormatScore: integer("min_format_score").notNull().default(0),
    cutoffFormatScore: integer("cutoff_format_score").notNull().default(0),
    minUpgradeFormatScore: integer("min_upgrade_format_score").notNull().default(1),
    language: text("language").notNull().default("any"),
    formatScores: jsonb("format_scores").$type<Record<string, number>>().notNull(),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [uniqueIndex("quality_profiles_name_unique").on(sql`lower(${t.name})`)],
);

export const customFormats = pgTable(
  "custom_formats",
  {
    id: uuid(),
    name: text("name").notNull(),
    includeWhenRenaming: boolean("include_when_renaming").notNull().default(false),
    conditions: jsonb("conditions").$type<FormatCondition[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [uniqueIndex("custom_formats_name_unique").on(sql`lower(${t.name})`)],
);

export const releaseProfiles = pgTable("release_profiles", {
  id: uuid(),
  name: text("name").notNull(),
  enabled: boolean("enabled").notNull().default(true),
  required: jsonb("required").$type<string[]>().notNull(),
  ignored: jsonb("ignored").$type<string[]>().notNull(),
  indexerIds: jsonb("indexer_ids").$type<string[]>().notNull(),
  tags: jsonb("tags").$type<string[]>().notNull(),
  createdAt: createdAt(),
  updatedAt: ts("updated_at").notNull(),
});

export const delayProfiles = pgTable("delay_profiles", {
  id: uuid(),
  sortOrder: integer("sort_order").notNull(),
  enableUsenet: boolean("enable_usenet").notNull().default(true),
  enableTorrent: boolean("enable_torrent").notNull().default(true),
  preferredProtocol: text("preferred_protocol").$type<Protocol>().notNull(),
  usenetDelayMinutes: integer("usenet_delay_minutes").notNull().default(0),
  torrentDelayMinutes: integer("torrent_delay_minutes").notNull().default(0),
  bypassIfHighestQuality: boolean("bypass_if_highest_quality").notNull().default(true),
  bypassIfAboveFormatScore: boolean("bypass_if_above_format_score").notNull().default(false),
  minimumFormatScore: integer("minimum_format_score").notNull().default(0),
  tags: jsonb("tags").$type<string[]>().notNull(),
  createdAt: createdAt(),
  updatedAt: ts("updated_at").notNull(),
});

// Download clients (lib/downloads). `secrets` is the encrypted JSON of the secret fields (password, API key).
export const downloadClients = pgTable(
  "download_clients",
  {
    id: uuid(),
    name: text("name").notNull(),
    kind: text("kind").$type<DownloadClientKind>().notNull(),
    enabled: boolean("enabled").notNull().default(true),
    host: text("host").notNull(),
    port: integer("port").notNull(),
    useTls: boolean("use_tls").notNull().default(false),
    urlBase: text("url_base").notNull().default(""),
    username: text("username"),
    secrets: text("secrets"),
    movieCategory: text("movie_category"),
    tvCategory: text("tv_category"),
    priority: integer("priority").notNull().default(1),
    removeCompleted: boolean("remove_completed").notNull().default(true),
    removeFailed: boolean("remove_failed").notNull().default(true),
    timeoutMs: integer("timeout_ms").notNull().default(10000),
    /** Torrents: remove from the client (with data) once imported and this ratio is reached; null = never. */
    seedRatioLimit: doublePrecision("seed_ratio_limit"),
    /** Torrents: … or once seeded this many minutes; null = never. */
    seedTimeMinutes: integer("seed_time_minutes"),
    /** A download with no progress for this long is flagged stalled; 0 = never. */
    stalledAfterMinutes: integer("stalled_after_minutes").notNull().default(60),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [uniqueIndex("download_clients_name_unique").on(sql`lower(${t.name})`)],
);

// Reachability of each download client as the monitor and Test last found it (lib/downloads/client-health).
export const downloadClientHealth = pgTable("download_client_health", {
  clientId: text("client_id")
    .primaryKey()
    .references(() => downloadClients.id, { onDelete: "cascade" }),
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  /** The first failure of the current run of failures; null while the client answers. */
  failingSince: ts("failing_since"),
  lastFailureAt: ts("last_failure_at"),
  lastFailureMessage: text("last_failure_message"),
  /** The monitor leaves a failing client alone until then (back-off). */
  nextCheckAt: ts("next_check_at"),
  lastSuccessAt: ts("last_success_at"),
});

// Worker crashes seen by `npm start`'s supervisor, recorded by the worker it restarted (lib/jobs).
export const workerCrashes = pgTable("worker_crashes", {
  id: uuid(),
  crashedAt: ts("crashed_at").notNull(),
  exitCode: integer("exit_code"),
  signal: text("signal"),
  /** Crashes in a row before this restart (1 = the first). */
  restarts: integer("restarts").notNull(),
  restartDelayMs: integer("restart_delay_ms").notNull(),
  recordedAt: createdAt(),
});

// Downloads (lib/downloads): what Mydia sent to a client, its history and the blocklist.
export const downloads = pgTable(
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
    size: doublePrecision("size"),
    quality: jsonb("quality").$type<Record<string, unknown> | null>(),
    movieId: text("movie_id"),
    seriesId: text("series_id"),
    episodeIds: jsonb("episode_ids").$type<string[]>().notNull(),
    status: text("status").notNull(),
    progress: doublePrecision("progress").notNull().default(0),
    outputPath: text("output_path"),
    error: text("error"),
    imported: boolean("imported").notNull().default(false),
    /** The user grabbed it although the decision engine rejected it: its import may replace a better file. */
    overrideRejection: boolean("override_rejection").notNull().default(false),
    importedFiles: jsonb("imported_files").$type<string[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull(),
    finishedAt: ts("finished_at"),
    removedAt: ts("removed_at"),
    /** When progress last moved (stalled detection). */
    lastProgressAt: ts("last_progress_at"),
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

export const downloadHistory = pgTable(
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
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("download_history_created_idx").on(t.createdAt),
    index("download_history_download_idx").on(t.downloadId),
    index("download_history_movie_idx").on(t.movieId, t.createdAt),
    index("download_history_series_idx").on(t.seriesId, t.createdAt),
  ],
);

export const blocklist = pgTable(
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
    expiresAt: ts("expires_at"),
  },
  (t) => [
    index("blocklist_info_hash_idx").on(t.infoHash),
    index("blocklist_title_idx").on(t.title),
    index("blocklist_created_idx").on(t.createdAt),
  ],
);

// A grab in progress, by release identity ("guid:<indexer>:<guid>" or "hash:<info hash>"): two
// grabs of the same release, from any process, cannot both pass the duplicate check.
export const grabClaims = pgTable("grab_claims", {
  key: text("key").primaryKey(),
  createdAt: ts("created_at").notNull(),
});

// Automation (lib/automation): per-item search back-off, releases held by a delay profile, RSS sync state.
export const itemSearches = pgTable(
  "item_searches",
  {
    /** "movie:<id>" or "episode:<id>". */
    subjectKey: text("subject_key").primaryKey(),
    lastSearchedAt: ts("last_searched_at").notNull(),
    /** Searches in a row that found nothing to grab. */
    misses: integer("misses").notNull().default(0),
    nextSearchAt: ts("next_search_at").notNull(),
    lastResult: text("last_result"),
  },
  (t) => [index("item_searches_next_idx").on(t.nextSearchAt)],
);

export const pendingReleases = pgTable(
  "pending_releases",
  {
    id: uuid(),
    subjectKey: text("subject_key").notNull(),
    guid: text("guid").notNull(),
    subject: jsonb("subject").$type<Record<string, unknown>>().notNull(),
    release: jsonb("release").$type<Record<string, unknown>>().notNull(),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("pending_releases_subject_guid_unique").on(t.subjectKey, t.guid)],
);

export const rssSyncState = pgTable("rss_sync_state", {
  indexerId: text("indexer_id").primaryKey(),
  lastSyncAt: ts("last_sync_at").notNull(),
  /** Guids of the last feed: anything not in it is new. */
  seenGuids: jsonb("seen_guids").$type<string[]>().notNull(),
});

// The *arr-compatible API's integer ids: Radarr and Sonarr clients keep ints, Mydia's own ids are uuids.
export const arrIds = pgTable(
  "arr_ids",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    entityId: text("entity_id").notNull(),
  },
  (t) => [uniqueIndex("arr_ids_kind_entity_unique").on(t.kind, t.entityId)],
);

// Commands sent through the *arr API (Radarr/Sonarr POST /command): the jobs each one queued, so
// GET /command/{id} can answer from those jobs' state. Owned by lib/arr.
export const arrCommands = pgTable(
  "arr_commands",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    persona: text("persona").$type<"radarr" | "sonarr">().notNull(),
    name: text("name").notNull(),
    body: jsonb("body").$type<Record<string, unknown>>().notNull(),
    jobs: jsonb("jobs").$type<{ queue: string; jobId: string | null }[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("arr_commands_created_idx").on(t.createdAt)],
);

// Imports from a Radarr or Sonarr (lib/migration): what was asked, the plan or result, and the peer's API key
// (encrypted) only while the job runs, or for good when the user asked to keep it.
export const arrImports = pgTable(
  "arr_imports",
  {
    id: uuid(),
    app: text("app").$type<"radarr" | "sonarr">().notNull(),
    url: text("url").notNull(),
    apiKey: text("api_key"),
    keepKey: boolean("keep_key").notNull().default(false),
    options: jsonb("options").$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<"queued" | "running" | "succeeded" | "failed">().notNull(),
    result: jsonb("result").$type<Record<string, unknown>>(),
    error: text("error"),
    createdAt: createdAt(),
    finishedAt: ts("finished_at"),
  },
  (t) => [index("arr_imports_created_idx").on(t.createdAt)],
);
// In-app notifications (lib/notifications): one row per user and event, so an event is turned into a user's
// notification at most once however many workers read it.
export const notifications = pgTable(
  "notifications",
  {
    id: uuid(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    eventId: bigint("event_id", { mode: "number" }).notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    createdAt: createdAt(),
    readAt: ts("read_at"),
  },
  (t) => [
    uniqueIndex("notifications_user_event_unique").on(t.userId, t.eventId),
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
  ],
);

// How far the notification consumer has read the events table (one row per consumer name).
export const notificationCursors = pgTable("notification_cursors", {
  name: text("name").primaryKey(),
  txid: bigint("txid", { mode: "number" }).notNull(),
  eventId: bigint("event_id", { mode: "number" }).notNull(),
  updatedAt: ts("updated_at").notNull(),
});

// Outbound channels: an admin's (userId null: system events, every request) or a user's own (their requests).
export const notificationChannels = pgTable(
  "notification_channels",
  {
    id: uuid(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    events: jsonb("events").$type<string[]>().notNull(),
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull(),
    /** Encrypted JSON of the secret fields (SMTP password, tokens, webhook URLs with keys). */
    secrets: text("secrets"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [index("notification_channels_user_idx").on(t.userId)],
);

// One message for one channel: sent by the notifications.send job (retried with back-off); its state is shown.
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: uuid(),
    channelId: text("channel_id")
      .notNull()
      .references(() => notificationChannels.id, { onDelete: "cascade" }),
    eventId: bigint("event_id", { mode: "number" }).notNull(),
    kind: text("kind").notNull(),
    message: jsonb("message").$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<"pending" | "sent" | "failed">().notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull(),
    sentAt: ts("sent_at"),
  },
  (t) => [
    uniqueIndex("notification_deliveries_channel_event_unique").on(t.channelId, t.eventId),
    index("notification_deliveries_created_idx").on(t.createdAt),
  ],
);

// Web push: one row per browser a user opted in on (lib/notifications/push).
export const pushSubscriptions = pgTable(
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
    lastSentAt: ts("last_sent_at"),
    lastError: text("last_error"),
  },
  (t) => [
    uniqueIndex("push_subscriptions_endpoint_unique").on(t.endpoint),
    index("push_subscriptions_user_idx").on(t.userId),
  ],
);

// The VAPID key pair web push signs with: generated once (the first writer wins), private key encrypted.
export const vapidKeys = pgTable("vapid_keys", {
  id: text("id").primaryKey(),
  publicKey: text("public_key").notNull(),
  privateKey: text("private_key").notNull(),
  createdAt: createdAt(),
});

// Requests (lib/requests): one row per title; who asked for it in request_requesters.
export const requests = pgTable(
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
    scope: jsonb("scope").$type<RequestScope>().notNull(),
    /** 0–100 while downloading. */
    progress: doublePrecision("progress"),
    declineReason: text("decline_reason"),
    libraryId: text("library_id"),
    qualityProfileId: text("quality_profile_id"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: ts("decided_at"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [uniqueIndex("requests_title_unique").on(t.mediaType, t.tmdbId), index("requests_status_idx").on(t.status)],
);

/** Who asked for a request (the first asker and everyone who joined), with what their quota counts. */
export const requestRequesters = pgTable(
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
export const requestProblems = pgTable(
  "request_problems",
  {
    id: uuid(),
    requestId: text("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind").$type<ProblemKind>().notNull(),
    text: text("text"),
    resolvedAt: ts("resolved_at"),
    resolution: text("resolution"),
    createdAt: createdAt(),
  },
  (t) => [index("request_problems_request_idx").on(t.requestId)],
);
