CREATE TABLE `episodes` (
	`id` text PRIMARY KEY NOT NULL,
	`series_id` text NOT NULL,
	`tmdb_id` integer,
	`season_number` integer NOT NULL,
	`episode_number` integer NOT NULL,
	`absolute_number` integer,
	`title` text,
	`overview` text,
	`air_date` text,
	`air_date_utc` integer,
	`runtime` integer,
	`still_path` text,
	`monitored` integer DEFAULT true NOT NULL,
	`removed_at` integer,
	`added_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`series_id`) REFERENCES `series`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `episodes_series_number_unique` ON `episodes` (`series_id`,`season_number`,`episode_number`);--> statement-breakpoint
CREATE INDEX `episodes_air_date_idx` ON `episodes` (`air_date_utc`);--> statement-breakpoint
CREATE TABLE `metadata_cache` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `metadata_cache_expires_idx` ON `metadata_cache` (`expires_at`);--> statement-breakpoint
CREATE TABLE `movies` (
	`id` text PRIMARY KEY NOT NULL,
	`tmdb_id` integer NOT NULL,
	`imdb_id` text,
	`title` text NOT NULL,
	`original_title` text,
	`sort_title` text NOT NULL,
	`year` integer,
	`overview` text,
	`runtime` integer,
	`status` text NOT NULL,
	`in_cinemas_at` integer,
	`digital_release_at` integer,
	`physical_release_at` integer,
	`genres` text NOT NULL,
	`certification` text,
	`rating` real,
	`votes` integer,
	`popularity` real,
	`poster_path` text,
	`backdrop_path` text,
	`collection_tmdb_id` integer,
	`collection_name` text,
	`original_language` text,
	`monitored` integer DEFAULT true NOT NULL,
	`minimum_availability` text NOT NULL,
	`library_id` text NOT NULL,
	`quality_profile_id` text NOT NULL,
	`search_requested_at` integer,
	`added_at` integer NOT NULL,
	`refreshed_at` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `movies_tmdb_unique` ON `movies` (`tmdb_id`);--> statement-breakpoint
CREATE INDEX `movies_sort_title_idx` ON `movies` (`sort_title`);--> statement-breakpoint
CREATE INDEX `movies_year_idx` ON `movies` (`year`);--> statement-breakpoint
CREATE INDEX `movies_added_idx` ON `movies` (`added_at`);--> statement-breakpoint
CREATE INDEX `movies_rating_idx` ON `movies` (`rating`);--> statement-breakpoint
CREATE INDEX `movies_monitored_idx` ON `movies` (`monitored`,`sort_title`);--> statement-breakpoint
CREATE INDEX `movies_status_idx` ON `movies` (`status`,`sort_title`);--> statement-breakpoint
CREATE INDEX `movies_library_idx` ON `movies` (`library_id`);--> statement-breakpoint
CREATE INDEX `movies_in_cinemas_idx` ON `movies` (`in_cinemas_at`);--> statement-breakpoint
CREATE INDEX `movies_digital_idx` ON `movies` (`digital_release_at`);--> statement-breakpoint
CREATE INDEX `movies_physical_idx` ON `movies` (`physical_release_at`);--> statement-breakpoint
CREATE TABLE `seasons` (
	`id` text PRIMARY KEY NOT NULL,
	`series_id` text NOT NULL,
	`season_number` integer NOT NULL,
	`title` text,
	`overview` text,
	`poster_path` text,
	`air_date` text,
	`monitored` integer DEFAULT true NOT NULL,
	`removed_at` integer,
	FOREIGN KEY (`series_id`) REFERENCES `series`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seasons_series_number_unique` ON `seasons` (`series_id`,`season_number`);--> statement-breakpoint
CREATE TABLE `series` (
	`id` text PRIMARY KEY NOT NULL,
	`tmdb_id` integer NOT NULL,
	`tvdb_id` integer,
	`imdb_id` text,
	`title` text NOT NULL,
	`original_title` text,
	`sort_title` text NOT NULL,
	`year` integer,
	`overview` text,
	`status` text NOT NULL,
	`network` text,
	`air_time` text,
	`series_type` text NOT NULL,
	`runtime` integer,
	`genres` text NOT NULL,
	`certification` text,
	`rating` real,
	`votes` integer,
	`popularity` real,
	`poster_path` text,
	`backdrop_path` text,
	`original_language` text,
	`first_aired_at` integer,
	`monitored` integer DEFAULT true NOT NULL,
	`monitor` text NOT NULL,
	`monitor_new_seasons` integer DEFAULT true NOT NULL,
	`library_id` text NOT NULL,
	`quality_profile_id` text NOT NULL,
	`search_requested_at` integer,
	`added_at` integer NOT NULL,
	`refreshed_at` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `series_tmdb_unique` ON `series` (`tmdb_id`);--> statement-breakpoint
CREATE INDEX `series_sort_title_idx` ON `series` (`sort_title`);--> statement-breakpoint
CREATE INDEX `series_year_idx` ON `series` (`year`);--> statement-breakpoint
CREATE INDEX `series_added_idx` ON `series` (`added_at`);--> statement-breakpoint
CREATE INDEX `series_rating_idx` ON `series` (`rating`);--> statement-breakpoint
CREATE INDEX `series_monitored_idx` ON `series` (`monitored`,`sort_title`);--> statement-breakpoint
CREATE INDEX `series_status_idx` ON `series` (`status`,`sort_title`);--> statement-breakpoint
CREATE INDEX `series_library_idx` ON `series` (`library_id`);