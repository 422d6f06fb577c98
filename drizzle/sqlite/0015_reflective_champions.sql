CREATE TABLE `download_client_health` (
	`client_id` text PRIMARY KEY NOT NULL,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`failing_since` integer,
	`last_failure_at` integer,
	`last_failure_message` text,
	`next_check_at` integer,
	`last_success_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `download_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `worker_crashes` (
	`id` text PRIMARY KEY NOT NULL,
	`crashed_at` integer NOT NULL,
	`exit_code` integer,
	`signal` text,
	`restarts` integer NOT NULL,
	`restart_delay_ms` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
