CREATE TABLE `custom_formats` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`include_when_renaming` integer DEFAULT false NOT NULL,
	`conditions` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `custom_formats_name_unique` ON `custom_formats` (lower("name"));--> statement-breakpoint
CREATE TABLE `delay_profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`sort_order` integer NOT NULL,
	`enable_usenet` integer DEFAULT true NOT NULL,
	`enable_torrent` integer DEFAULT true NOT NULL,
	`preferred_protocol` text NOT NULL,
	`usenet_delay_minutes` integer DEFAULT 0 NOT NULL,
	`torrent_delay_minutes` integer DEFAULT 0 NOT NULL,
	`bypass_if_highest_quality` integer DEFAULT true NOT NULL,
	`bypass_if_above_format_score` integer DEFAULT false NOT NULL,
	`minimum_format_score` integer DEFAULT 0 NOT NULL,
	`tags` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quality_definitions` (
	`quality_id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`min_size` real NOT NULL,
	`preferred_size` real,
	`max_size` real,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quality_profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`upgrade_allowed` integer DEFAULT true NOT NULL,
	`cutoff` text NOT NULL,
	`items` text NOT NULL,
	`min_format_score` integer DEFAULT 0 NOT NULL,
	`cutoff_format_score` integer DEFAULT 0 NOT NULL,
	`min_upgrade_format_score` integer DEFAULT 1 NOT NULL,
	`language` text DEFAULT 'any' NOT NULL,
	`format_scores` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quality_profiles_name_unique` ON `quality_profiles` (lower("name"));--> statement-breakpoint
CREATE TABLE `release_profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`required` text NOT NULL,
	`ignored` text NOT NULL,
	`indexer_ids` text NOT NULL,
	`tags` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL
);
