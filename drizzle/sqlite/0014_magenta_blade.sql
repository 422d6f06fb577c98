CREATE TABLE `grab_claims` (
	`key` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `release_cache` (
	`id` text PRIMARY KEY NOT NULL,
	`indexer_id` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`indexer_id`) REFERENCES `indexers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `release_cache_created_idx` ON `release_cache` (`created_at`);--> statement-breakpoint
CREATE INDEX `downloads_guid_idx` ON `downloads` (`guid`);--> statement-breakpoint
CREATE INDEX `downloads_info_hash_idx` ON `downloads` (`info_hash`);