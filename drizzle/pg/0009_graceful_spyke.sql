CREATE TABLE "blocklist" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"indexer_id" text,
	"indexer_name" text,
	"guid" text,
	"info_hash" text,
	"protocol" text NOT NULL,
	"movie_id" text,
	"series_id" text,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "download_history" (
	"id" text PRIMARY KEY NOT NULL,
	"download_id" text,
	"event" text NOT NULL,
	"title" text NOT NULL,
	"movie_id" text,
	"series_id" text,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "downloads" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" text,
	"client_name" text NOT NULL,
	"client_item_id" text NOT NULL,
	"info_hash" text,
	"protocol" text NOT NULL,
	"title" text NOT NULL,
	"indexer_id" text,
	"indexer_name" text,
	"guid" text,
	"size" double precision,
	"quality" jsonb,
	"movie_id" text,
	"series_id" text,
	"episode_ids" jsonb NOT NULL,
	"status" text NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"output_path" text,
	"error" text,
	"imported" boolean DEFAULT false NOT NULL,
	"imported_files" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "blocklist_info_hash_idx" ON "blocklist" USING btree ("info_hash");--> statement-breakpoint
CREATE INDEX "blocklist_title_idx" ON "blocklist" USING btree ("title");--> statement-breakpoint
CREATE INDEX "download_history_created_idx" ON "download_history" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "download_history_download_idx" ON "download_history" USING btree ("download_id");--> statement-breakpoint
CREATE INDEX "downloads_client_item_idx" ON "downloads" USING btree ("client_id","client_item_id");--> statement-breakpoint
CREATE INDEX "downloads_status_idx" ON "downloads" USING btree ("status");