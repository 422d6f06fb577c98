import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { Role } from "@/lib/accounts/roles";

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
