CREATE TABLE "episodes" (
	"id" text PRIMARY KEY NOT NULL,
	"series_id" text NOT NULL,
	"tmdb_id" integer,
	"season_number" integer NOT NULL,
	"episode_number" integer NOT NULL,
	"absolute_number" integer,
	"title" text,
	"overview" text,
	"air_date" text,
	"air_date_utc" timestamp with time zone,
	"runtime" integer,
	"still_path" text,
	"monitored" boolean DEFAULT true NOT NULL,
	"removed_at" timestamp with time zone,
	"added_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metadata_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "movies" (
	"id" text PRIMARY KEY NOT NULL,
	"tmdb_id" integer NOT NULL,
	"imdb_id" text,
	"title" text NOT NULL,
	"original_title" text,
	"sort_title" text NOT NULL,
	"year" integer,
	"overview" text,
	"runtime" integer,
	"status" text NOT NULL,
	"in_cinemas_at" timestamp with time zone,
	"digital_release_at" timestamp with time zone,
	"physical_release_at" timestamp with time zone,
	"genres" jsonb NOT NULL,
	"certification" text,
	"rating" double precision,
	"votes" integer,
	"popularity" double precision,
	"poster_path" text,
	"backdrop_path" text,
	"collection_tmdb_id" integer,
	"collection_name" text,
	"original_language" text,
	"monitored" boolean DEFAULT true NOT NULL,
	"minimum_availability" text NOT NULL,
	"library_id" text NOT NULL,
	"quality_profile_id" text NOT NULL,
	"search_requested_at" timestamp with time zone,
	"added_at" timestamp with time zone NOT NULL,
	"refreshed_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seasons" (
	"id" text PRIMARY KEY NOT NULL,
	"series_id" text NOT NULL,
	"season_number" integer NOT NULL,
	"title" text,
	"overview" text,
	"poster_path" text,
	"air_date" text,
	"monitored" boolean DEFAULT true NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "series" (
	"id" text PRIMARY KEY NOT NULL,
	"tmdb_id" integer NOT NULL,
	"tvdb_id" integer,
	"imdb_id" text,
	"title" text NOT NULL,
	"original_title" text,
	"sort_title" text NOT NULL,
	"year" integer,
	"overview" text,
	"status" text NOT NULL,
	"network" text,
	"air_time" text,
	"series_type" text NOT NULL,
	"runtime" integer,
	"genres" jsonb NOT NULL,
	"certification" text,
	"rating" double precision,
	"votes" integer,
	"popularity" double precision,
	"poster_path" text,
	"backdrop_path" text,
	"original_language" text,
	"first_aired_at" timestamp with time zone,
	"monitored" boolean DEFAULT true NOT NULL,
	"monitor" text NOT NULL,
	"monitor_new_seasons" boolean DEFAULT true NOT NULL,
	"library_id" text NOT NULL,
	"quality_profile_id" text NOT NULL,
	"search_requested_at" timestamp with time zone,
	"added_at" timestamp with time zone NOT NULL,
	"refreshed_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seasons" ADD CONSTRAINT "seasons_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "episodes_series_number_unique" ON "episodes" USING btree ("series_id","season_number","episode_number");--> statement-breakpoint
CREATE INDEX "episodes_air_date_idx" ON "episodes" USING btree ("air_date_utc");--> statement-breakpoint
CREATE INDEX "metadata_cache_expires_idx" ON "metadata_cache" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "movies_tmdb_unique" ON "movies" USING btree ("tmdb_id");--> statement-breakpoint
CREATE INDEX "movies_sort_title_idx" ON "movies" USING btree ("sort_title");--> statement-breakpoint
CREATE INDEX "movies_year_idx" ON "movies" USING btree ("year");--> statement-breakpoint
CREATE INDEX "movies_added_idx" ON "movies" USING btree ("added_at");--> statement-breakpoint
CREATE INDEX "movies_rating_idx" ON "movies" USING btree ("rating");--> statement-breakpoint
CREATE INDEX "movies_monitored_idx" ON "movies" USING btree ("monitored","sort_title");--> statement-breakpoint
CREATE INDEX "movies_status_idx" ON "movies" USING btree ("status","sort_title");--> statement-breakpoint
CREATE INDEX "movies_library_idx" ON "movies" USING btree ("library_id");--> statement-breakpoint
CREATE INDEX "movies_in_cinemas_idx" ON "movies" USING btree ("in_cinemas_at");--> statement-breakpoint
CREATE INDEX "movies_digital_idx" ON "movies" USING btree ("digital_release_at");--> statement-breakpoint
CREATE INDEX "movies_physical_idx" ON "movies" USING btree ("physical_release_at");--> statement-breakpoint
CREATE UNIQUE INDEX "seasons_series_number_unique" ON "seasons" USING btree ("series_id","season_number");--> statement-breakpoint
CREATE UNIQUE INDEX "series_tmdb_unique" ON "series" USING btree ("tmdb_id");--> statement-breakpoint
CREATE INDEX "series_sort_title_idx" ON "series" USING btree ("sort_title");--> statement-breakpoint
CREATE INDEX "series_year_idx" ON "series" USING btree ("year");--> statement-breakpoint
CREATE INDEX "series_added_idx" ON "series" USING btree ("added_at");--> statement-breakpoint
CREATE INDEX "series_rating_idx" ON "series" USING btree ("rating");--> statement-breakpoint
CREATE INDEX "series_monitored_idx" ON "series" USING btree ("monitored","sort_title");--> statement-breakpoint
CREATE INDEX "series_status_idx" ON "series" USING btree ("status","sort_title");--> statement-breakpoint
CREATE INDEX "series_library_idx" ON "series" USING btree ("library_id");