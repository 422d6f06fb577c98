import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Role } from "@/lib/accounts/roles";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);
const uuid = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

export const users = sqliteTable("users", {
  id: uuid(),
  username: text("username").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role").$type<Role>().notNull(),
  tokenVersion: integer("token_version").notNull().default(0),
  createdAt: createdAt(),
  lastLoginAt: integer("last_login_at", { mode: "timestamp_ms" }),
}, (t) => [uniqueIndex("users_username_unique").on(sql`lower(${t.username})`)]);

export const apiKeys = sqliteTable("api_keys", {
  id: uuid(),
  userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  prefix: text("prefix").notNull(),
  keyHash: text("key_hash").notNull(),
  createdAt: createdAt(),
  lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
  revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
}, (t) => [uniqueIndex("api_keys_key_hash_unique").on(t.keyHash), index("api_keys_user_idx").on(t.userId)]);

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).$type<unknown>().notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const events = sqliteTable("events", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  type: text("type").notNull(),
  payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  actorId: text("actor_id"),
  createdAt: createdAt(),
}, (t) => [index("events_created_at_idx").on(t.createdAt)]);

export const taskRuns = sqliteTable("task_runs", {
  name: text("name").primaryKey(),
  status: text("status").$type<"running" | "succeeded" | "failed">().notNull(),
  startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
  finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  durationMs: integer("duration_ms"),
  error: text("error"),
  runCount: integer("run_count").notNull().default(0),
});

export const workers = sqliteTable("workers", {
  id: text("id").primaryKey(),
  hostname: text("hostname").notNull(),
  pid: integer("pid").notNull(),
  startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
  heartbeatAt: integer("heartbeat_at", { mode: "timestamp_ms" }).notNull(),
});

// SQLite-only: the job queue tables behind lib/jobs' SQLite adapter (pg-boss keeps its own schema).
export const jobs = sqliteTable("jobs", {
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
}, (t) => [
  index("jobs_fetch_idx").on(t.queue, t.state, t.startAfter),
  uniqueIndex("jobs_singleton_idx").on(t.queue, t.singletonKey).where(sql`${t.singletonKey} is not null and ${t.state} in ('created', 'active')`),
  index("jobs_locked_idx").on(t.state, t.lockedUntil),
]);

export const jobSchedules = sqliteTable("job_schedules", {
  name: text("name").primaryKey(),
  cron: text("cron").notNull(),
  timezone: text("timezone").notNull().default("UTC"),
  data: text("data", { mode: "json" }).$type<unknown>(),
  nextRunAt: integer("next_run_at", { mode: "timestamp_ms" }).notNull(),
  lastRunAt: integer("last_run_at", { mode: "timestamp_ms" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});
