CREATE TABLE `cardigann_definitions` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`type` text NOT NULL,
	`language` text NOT NULL,
	`links` text NOT NULL,
	`version` text NOT NULL,
	`source` text NOT NULL,
	`yaml` text NOT NULL,
	`valid` integer NOT NULL,
	`problems` text NOT NULL,
	`unsupported` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cardigann_definitions_name_idx` ON `cardigann_definitions` (`name`);--> statement-breakpoint
CREATE TABLE `indexer_stats` (
	`id` text PRIMARY KEY NOT NULL,
	`indexer_id` text NOT NULL,
	`day` text NOT NULL,
	`queries` integer DEFAULT 0 NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`results` integer DEFAULT 0 NOT NULL,
	`grabs` integer DEFAULT 0 NOT NULL,
	`response_ms_total` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`indexer_id`) REFERENCES `indexers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indexer_stats_day_unique` ON `indexer_stats` (`indexer_id`,`day`);--> statement-breakpoint
CREATE TABLE `indexer_status` (
	`indexer_id` text PRIMARY KEY NOT NULL,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`disabled_until` integer,
	`last_failure_at` integer,
	`last_failure_kind` text,
	`last_failure_message` text,
	`last_success_at` integer,
	`minute_window` integer DEFAULT 0 NOT NULL,
	`minute_count` integer DEFAULT 0 NOT NULL,
	`day_window` text DEFAULT '' NOT NULL,
	`day_count` integer DEFAULT 0 NOT NULL,
	`session` text,
	`session_updated_at` integer,
	FOREIGN KEY (`indexer_id`) REFERENCES `indexers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `indexers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`protocol` text NOT NULL,
	`base_url` text NOT NULL,
	`api_path` text DEFAULT '/api' NOT NULL,
	`definition_id` text,
	`settings` text NOT NULL,
	`secrets` text,
	`enable_rss` integer DEFAULT true NOT NULL,
	`enable_automatic` integer DEFAULT true NOT NULL,
	`enable_interactive` integer DEFAULT true NOT NULL,
	`priority` integer DEFAULT 25 NOT NULL,
	`categories` text NOT NULL,
	`minimum_seeders` integer DEFAULT 1 NOT NULL,
	`tags` text NOT NULL,
	`requests_per_minute` integer,
	`requests_per_day` integer,
	`timeout_ms` integer DEFAULT 20000 NOT NULL,
	`caps` text,
	`caps_updated_at` integer,
	`imported_from` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indexers_name_unique` ON `indexers` (lower("name"));