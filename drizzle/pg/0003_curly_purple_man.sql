CREATE TABLE "libraries" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"path" text NOT NULL,
	"quality_profile_id" text DEFAULT 'default' NOT NULL,
	"import_mode" text DEFAULT 'hardlink' NOT NULL,
	"monitor_new" boolean DEFAULT false NOT NULL,
	"naming" jsonb NOT NULL,
	"scan_interval_hours" integer DEFAULT 12 NOT NULL,
	"recycle_days" integer DEFAULT 7 NOT NULL,
	"last_scan_at" timestamp with time zone,
	"last_scan" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_file_episodes" (
	"media_file_id" text NOT NULL,
	"episode_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "media_files" (
	"id" text PRIMARY KEY NOT NULL,
	"library_id" text NOT NULL,
	"relative_path" text NOT NULL,
	"role" text NOT NULL,
	"size" bigint NOT NULL,
	"mtime_ms" bigint NOT NULL,
	"status" text NOT NULL,
	"movie_id" text,
	"series_id" text,
	"quality" text,
	"release_group" text,
	"edition" text,
	"guess" jsonb,
	"media_info" jsonb,
	"media_info_error" text,
	"analyzed_at" timestamp with time zone,
	"missing_at" timestamp with time zone,
	"added_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "path_mappings" (
	"id" text PRIMARY KEY NOT NULL,
	"remote_path" text NOT NULL,
	"local_path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "media_file_episodes" ADD CONSTRAINT "media_file_episodes_media_file_id_media_files_id_fk" FOREIGN KEY ("media_file_id") REFERENCES "public"."media_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_file_episodes" ADD CONSTRAINT "media_file_episodes_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_library_id_libraries_id_fk" FOREIGN KEY ("library_id") REFERENCES "public"."libraries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_files" ADD CONSTRAINT "media_files_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "libraries_path_unique" ON "libraries" USING btree ("path");--> statement-breakpoint
CREATE UNIQUE INDEX "media_file_episodes_unique" ON "media_file_episodes" USING btree ("media_file_id","episode_id");--> statement-breakpoint
CREATE INDEX "media_file_episodes_episode_idx" ON "media_file_episodes" USING btree ("episode_id");--> statement-breakpoint
CREATE UNIQUE INDEX "media_files_library_path_unique" ON "media_files" USING btree ("library_id","relative_path");--> statement-breakpoint
CREATE INDEX "media_files_status_idx" ON "media_files" USING btree ("library_id","status");--> statement-breakpoint
CREATE INDEX "media_files_movie_idx" ON "media_files" USING btree ("movie_id");--> statement-breakpoint
CREATE INDEX "media_files_series_idx" ON "media_files" USING btree ("series_id");--> statement-breakpoint
CREATE UNIQUE INDEX "path_mappings_remote_unique" ON "path_mappings" USING btree ("remote_path");