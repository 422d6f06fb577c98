CREATE TABLE `item_searches` (
	`subject_key` text PRIMARY KEY NOT NULL,
	`last_searched_at` integer NOT NULL,
	`misses` integer DEFAULT 0 NOT NULL,
	`next_search_at` integer NOT NULL,
	`last_result` text
);
--> statement-breakpoint
CREATE INDEX `item_searches_next_idx` ON `item_searches` (`next_search_at`);--> statement-breakpoint
CREATE TABLE `pending_releases` (
	`id` text PRIMARY KEY NOT NULL,
	`subject_key` text NOT NULL,
	`guid` text NOT NULL,
	`subject` text NOT NULL,
	`release` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pending_releases_subject_guid_unique` ON `pending_releases` (`subject_key`,`guid`);--> statement-breakpoint
CREATE TABLE `rss_sync_state` (
	`indexer_id` text PRIMARY KEY NOT NULL,
	`last_sync_at` integer NOT NULL,
	`seen_guids` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `download_clients` ADD `seed_ratio_limit` real;--> statement-breakpoint
ALTER TABLE `download_clients` ADD `seed_time_minutes` integer;--> statement-breakpoint
ALTER TABLE `download_clients` ADD `stalled_after_minutes` integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE `downloads` ADD `last_progress_at` integer;--> statement-breakpoint
ALTER TABLE `downloads` ADD `origin` text DEFAULT 'grab' NOT NULL;