CREATE TABLE "item_searches" (
	"subject_key" text PRIMARY KEY NOT NULL,
	"last_searched_at" timestamp with time zone NOT NULL,
	"misses" integer DEFAULT 0 NOT NULL,
	"next_search_at" timestamp with time zone NOT NULL,
	"last_result" text
);
--> statement-breakpoint
CREATE TABLE "pending_releases" (
	"id" text PRIMARY KEY NOT NULL,
	"subject_key" text NOT NULL,
	"guid" text NOT NULL,
	"subject" jsonb NOT NULL,
	"release" jsonb NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rss_sync_state" (
	"indexer_id" text PRIMARY KEY NOT NULL,
	"last_sync_at" timestamp with time zone NOT NULL,
	"seen_guids" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "download_clients" ADD COLUMN "seed_ratio_limit" double precision;--> statement-breakpoint
ALTER TABLE "download_clients" ADD COLUMN "seed_time_minutes" integer;--> statement-breakpoint
ALTER TABLE "download_clients" ADD COLUMN "stalled_after_minutes" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "downloads" ADD COLUMN "last_progress_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "downloads" ADD COLUMN "origin" text DEFAULT 'grab' NOT NULL;--> statement-breakpoint
CREATE INDEX "item_searches_next_idx" ON "item_searches" USING btree ("next_search_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pending_releases_subject_guid_unique" ON "pending_releases" USING btree ("subject_key","guid");