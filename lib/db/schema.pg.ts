import { sql } from "drizzle-orm";
import { bigserial, boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { Role } from "@/lib/accounts/roles";
import type { MinimumAvailability, MovieStatus, SeriesMonitor, SeriesStatus, SeriesType } from "@/lib/catalog/catalog.types";
import type { IndexerCaps, IndexerFailureKind, IndexerKind, IndexerProtocol, IndexerSettingValue } from "@/lib/indexers/indexer.types";

const ts = (name: string) => timestamp(name, { mode: "date", withTimezone: true });
const createdAt = () => ts("created_at").notNull().defaultNow();
const uuid = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

export const users = pgTable("users", {
  id: uuid(),
  username: text("username").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role").$type<Role>().notNull(),
  tokenVersion: integer("token_version").notNull().default(0),
  createdAt: createdAt(),
  lastLoginAt: ts("last_login_at"),
}, (t) => [uniqueIndex("users_username_unique").on(sql`lower(${t.username})`)]);

export const apiKeys = pgTable("api_keys", {
  id: uuid(),
  userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  prefix: text("prefix").notNull(),
  keyHash: text("key_hash").notNull(),
  createdAt: createdAt(),
  lastUsedAt: ts("last_used_at"),
  revokedAt: ts("revoked_at"),
}, (t) => [uniqueIndex("api_keys_key_hash_unique").on(t.keyHash), index("api_keys_user_idx").on(t.userId)]);

export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedAt: ts("updated_at").notNull(),
});

export const events = pgTable("events", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  type: text("type").notNull(),
  payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
  actorId: text("actor_id"),
  createdAt: createdAt(),
}, (t) => [index("events_created_at_idx").on(t.createdAt)]);

export const taskRuns = pgTable("task_runs", {
  name: text("name").primaryKey(),
  status: text("status").$type<"running" | "succeeded" | "failed">().notNull(),
  startedAt: ts("started_at").notNull(),
  finishedAt: ts("finished_at"),
  durationMs: integer("duration_ms"),
  error: text("error"),
  runCount: integer("run_count").notNull().default(0),
});

export const workers = pgTable("workers", {
  id: text("id").primaryKey(),
  hostname: text("hostname").notNull(),
  pid: integer("pid").notNull(),
  startedAt: ts("started_at").notNull(),
  heartbeatAt: ts("heartbeat_at").notNull(),
});

// Metadata responses (TMDB direct, relay, and the relay's own cache), keyed by request.
export const metadataCache = pgTable("metadata_cache", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  expiresAt: ts("expires_at").notNull(),
  createdAt: createdAt(),
}, (t) => [index("metadata_cache_expires_idx").on(t.expiresAt)]);

export const movies = pgTable("movies", {
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
  searchRequestedAt: ts("search_requested_at"),
  addedAt: ts("added_at").notNull(),
  refreshedAt: ts("refreshed_at"),
  updatedAt: ts("updated_at").notNull(),
}, (t) => [
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
]);

export const series = pgTable("series", {
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
  searchRequestedAt: ts("search_requested_at"),
  addedAt: ts("added_at").notNull(),
  refreshedAt: ts("refreshed_at"),
  updatedAt: ts("updated_at").notNull(),
}, (t) => [
  uniqueIndex("series_tmdb_unique").on(t.tmdbId),
  index("series_sort_title_idx").on(t.sortTitle),
  index("series_year_idx").on(t.year),
  index("series_added_idx").on(t.addedAt),
  index("series_rating_idx").on(t.rating),
  index("series_monitored_idx").on(t.monitored, t.sortTitle),
  index("series_status_idx").on(t.status, t.sortTitle),
  index("series_library_idx").on(t.libraryId),
]);

export const seasons = pgTable("seasons", {
  id: uuid(),
  seriesId: text("series_id").notNull().references(() => series.id, { onDelete: "cascade" }),
  seasonNumber: integer("season_number").notNull(),
  title: text("title"),
  overview: text("overview"),
  posterPath: text("poster_path"),
  airDate: text("air_date"),
  monitored: boolean("monitored").notNull().default(true),
  removedAt: ts("removed_at"),
}, (t) => [uniqueIndex("seasons_series_number_unique").on(t.seriesId, t.seasonNumber)]);

export const episodes = pgTable("episodes", {
  id: uuid(),
  seriesId: text("series_id").notNull().references(() => series.id, { onDelete: "cascade" }),
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
}, (t) => [
  uniqueIndex("episodes_series_number_unique").on(t.seriesId, t.seasonNumber, t.episodeNumber),
  index("episodes_air_date_idx").on(t.airDateUtc),
]);

// Indexers (lib/indexers). `secrets` is the encrypted JSON of the secret fields (API key, password, cookie).
export const indexers = pgTable("indexers", {
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
}, (t) => [uniqueIndex("indexers_name_unique").on(sql`lower(${t.name})`)]);

// Health, rate-limit windows and the login session of each indexer (written on every request).
export const indexerStatus = pgTable("indexer_status", {
  indexerId: text("indexer_id").primaryKey().references(() => indexers.id, { onDelete: "cascade" }),
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

// Query and grab counters per indexer and UTC day.
export const indexerStats = pgTable("indexer_stats", {
  id: uuid(),
  indexerId: text("indexer_id").notNull().references(() => indexers.id, { onDelete: "cascade" }),
  day: text("day").notNull(),
  queries: integer("queries").notNull().default(0),
  failures: integer("failures").notNull().default(0),
  results: integer("results").notNull().default(0),
  grabs: integer("grabs").notNull().default(0),
  responseMsTotal: integer("response_ms_total").notNull().default(0),
}, (t) => [uniqueIndex("indexer_stats_day_unique").on(t.indexerId, t.day)]);

// Cardigann definitions (Prowlarr format v11), fetched from the definitions server or uploaded.
export const cardigannDefinitions = pgTable("cardigann_definitions", {
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
}, (t) => [index("cardigann_definitions_name_idx").on(t.name)]);
