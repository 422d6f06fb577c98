CREATE TABLE `arr_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`app` text NOT NULL,
	`url` text NOT NULL,
	`api_key` text,
	`keep_key` integer DEFAULT false NOT NULL,
	`options` text NOT NULL,
	`status` text NOT NULL,
	`result` text,
	`error` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`finished_at` integer
);
--> statement-breakpoint
CREATE INDEX `arr_imports_created_idx` ON `arr_imports` (`created_at`);