CREATE TABLE "cardigann_definitions" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"type" text NOT NULL,
	"language" text NOT NULL,
	"links" jsonb NOT NULL,
	"version" text NOT NULL,
	"source" text NOT NULL,
	"yaml" text NOT NULL,
	"valid" boolean NOT NULL,
	"problems" jsonb NOT NULL,
	"unsupported" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indexer_stats" (
	"id" text PRIMARY KEY NOT NULL,
	"indexer_id" text NOT NULL,
	"day" text NOT NULL,
	"queries" integer DEFAULT 0 NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"results" integer DEFAULT 0 NOT NULL,
	"grabs" integer DEFAULT 0 NOT NULL,
	"response_ms_total" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indexer_status" (
	"indexer_id" text PRIMARY KEY NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"disabled_until" timestamp with time zone,
	"last_failure_at" timestamp with time zone,
	"last_failure_kind" text,
	"last_failure_message" text,
	"last_success_at" timestamp with time zone,
	"minute_window" integer DEFAULT 0 NOT NULL,
	"minute_count" integer DEFAULT 0 NOT NULL,
	"day_window" text DEFAULT '' NOT NULL,
	"day_count" integer DEFAULT 0 NOT NULL,
	"session" text,
	"session_updated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "indexers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"protocol" text NOT NULL,
	"base_url" text NOT NULL,
	"api_path" text DEFAULT '/api' NOT NULL,
	"definition_id" text,
	"settings" jsonb NOT NULL,
	"secrets" text,
	"enable_rss" boolean DEFAULT true NOT NULL,
	"enable_automatic" boolean DEFAULT true NOT NULL,
	"enable_interactive" boolean DEFAULT true NOT NULL,
	"priority" integer DEFAULT 25 NOT NULL,
	"categories" jsonb NOT NULL,
	"minimum_seeders" integer DEFAULT 1 NOT NULL,
	"tags" jsonb NOT NULL,
	"requests_per_minute" integer,
	"requests_per_day" integer,
	"timeout_ms" integer DEFAULT 20000 NOT NULL,
	"caps" jsonb,
	"caps_updated_at" timestamp with time zone,
	"imported_from" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indexer_stats" ADD CONSTRAINT "indexer_stats_indexer_id_indexers_id_fk" FOREIGN KEY ("indexer_id") REFERENCES "public"."indexers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indexer_status" ADD CONSTRAINT "indexer_status_indexer_id_indexers_id_fk" FOREIGN KEY ("indexer_id") REFERENCES "public"."indexers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cardigann_definitions_name_idx" ON "cardigann_definitions" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "indexer_stats_day_unique" ON "indexer_stats" USING btree ("indexer_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "indexers_name_unique" ON "indexers" USING btree (lower("name"));