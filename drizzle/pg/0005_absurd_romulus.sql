CREATE TABLE "custom_formats" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"include_when_renaming" boolean DEFAULT false NOT NULL,
	"conditions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delay_profiles" (
	"id" text PRIMARY KEY NOT NULL,
	"sort_order" integer NOT NULL,
	"enable_usenet" boolean DEFAULT true NOT NULL,
	"enable_torrent" boolean DEFAULT true NOT NULL,
	"preferred_protocol" text NOT NULL,
	"usenet_delay_minutes" integer DEFAULT 0 NOT NULL,
	"torrent_delay_minutes" integer DEFAULT 0 NOT NULL,
	"bypass_if_highest_quality" boolean DEFAULT true NOT NULL,
	"bypass_if_above_format_score" boolean DEFAULT false NOT NULL,
	"minimum_format_score" integer DEFAULT 0 NOT NULL,
	"tags" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_definitions" (
	"quality_id" integer PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"min_size" double precision NOT NULL,
	"preferred_size" double precision,
	"max_size" double precision,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_profiles" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"upgrade_allowed" boolean DEFAULT true NOT NULL,
	"cutoff" text NOT NULL,
	"items" jsonb NOT NULL,
	"min_format_score" integer DEFAULT 0 NOT NULL,
	"cutoff_format_score" integer DEFAULT 0 NOT NULL,
	"min_upgrade_format_score" integer DEFAULT 1 NOT NULL,
	"language" text DEFAULT 'any' NOT NULL,
	"format_scores" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "release_profiles" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"required" jsonb NOT NULL,
	"ignored" jsonb NOT NULL,
	"indexer_ids" jsonb NOT NULL,
	"tags" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "custom_formats_name_unique" ON "custom_formats" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "quality_profiles_name_unique" ON "quality_profiles" USING btree (lower("name"));