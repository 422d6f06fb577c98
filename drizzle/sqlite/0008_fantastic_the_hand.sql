CREATE TABLE `blocklist` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`indexer_id` text,
	`indexer_name` text,
	`guid` text,
	`info_hash` text,
	`protocol` text NOT NULL,
	`movie_id` text,
	`series_id` text,
	`reason` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`expires_at` integer
);
--> statement-breakpoint
CREATE INDEX `blocklist_info_hash_idx` ON `blocklist` (`info_hash`);--> statement-breakpoint
CREATE INDEX `blocklist_title_idx` ON `blocklist` (`title`);--> statement-breakpoint
CREATE TABLE `download_history` (
	`id` text PRIMARY KEY NOT NULL,
	`download_id` text,
	`event` text NOT NULL,
	`title` text NOT NULL,
	`movie_id` text,
	`series_id` text,
	`data` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `download_history_created_idx` ON `download_history` (`created_at`);--> statement-breakpoint
CREATE INDEX `download_history_download_idx` ON `download_history` (`download_id`);--> statement-breakpoint
CREATE TABLE `downloads` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text,
	`client_name` text NOT NULL,
	`client_item_id` text NOT NULL,
	`info_hash` text,
	`protocol` text NOT NULL,
	`title` text NOT NULL,
	`indexer_id` text,
	`indexer_name` text,
	`guid` text,
	`size` real,
	`quality` text,
	`movie_id` text,
	`series_id` text,
	`episode_ids` text NOT NULL,
	`status` text NOT NULL,
	`progress` real DEFAULT 0 NOT NULL,
	`output_path` text,
	`error` text,
	`imported` integer DEFAULT false NOT NULL,
	`imported_files` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	`removed_at` integer
);
--> statement-breakpoint
CREATE INDEX `downloads_client_item_idx` ON `downloads` (`client_id`,`client_item_id`);--> statement-breakpoint
CREATE INDEX `downloads_status_idx` ON `downloads` (`status`);