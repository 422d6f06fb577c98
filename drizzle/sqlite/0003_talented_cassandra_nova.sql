CREATE TABLE `libraries` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`path` text NOT NULL,
	`quality_profile_id` text DEFAULT 'default' NOT NULL,
	`import_mode` text DEFAULT 'hardlink' NOT NULL,
	`monitor_new` integer DEFAULT false NOT NULL,
	`naming` text NOT NULL,
	`scan_interval_hours` integer DEFAULT 12 NOT NULL,
	`recycle_days` integer DEFAULT 7 NOT NULL,
	`last_scan_at` integer,
	`last_scan` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `libraries_path_unique` ON `libraries` (`path`);--> statement-breakpoint
CREATE TABLE `media_file_episodes` (
	`media_file_id` text NOT NULL,
	`episode_id` text NOT NULL,
	FOREIGN KEY (`media_file_id`) REFERENCES `media_files`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`episode_id`) REFERENCES `episodes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `media_file_episodes_unique` ON `media_file_episodes` (`media_file_id`,`episode_id`);--> statement-breakpoint
CREATE INDEX `media_file_episodes_episode_idx` ON `media_file_episodes` (`episode_id`);--> statement-breakpoint
CREATE TABLE `media_files` (
	`id` text PRIMARY KEY NOT NULL,
	`library_id` text NOT NULL,
	`relative_path` text NOT NULL,
	`role` text NOT NULL,
	`size` integer NOT NULL,
	`mtime_ms` integer NOT NULL,
	`status` text NOT NULL,
	`movie_id` text,
	`series_id` text,
	`quality` text,
	`release_group` text,
	`edition` text,
	`guess` text,
	`media_info` text,
	`media_info_error` text,
	`analyzed_at` integer,
	`missing_at` integer,
	`added_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`library_id`) REFERENCES `libraries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`movie_id`) REFERENCES `movies`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`series_id`) REFERENCES `series`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `media_files_library_path_unique` ON `media_files` (`library_id`,`relative_path`);--> statement-breakpoint
CREATE INDEX `media_files_status_idx` ON `media_files` (`library_id`,`status`);--> statement-breakpoint
CREATE INDEX `media_files_movie_idx` ON `media_files` (`movie_id`);--> statement-breakpoint
CREATE INDEX `media_files_series_idx` ON `media_files` (`series_id`);--> statement-breakpoint
CREATE TABLE `path_mappings` (
	`id` text PRIMARY KEY NOT NULL,
	`remote_path` text NOT NULL,
	`local_path` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `path_mappings_remote_unique` ON `path_mappings` (`remote_path`);