CREATE TABLE `relay_rate_buckets` (
	`client` text PRIMARY KEY NOT NULL,
	`tokens` real NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `relay_rate_buckets_updated_at_idx` ON `relay_rate_buckets` (`updated_at`);