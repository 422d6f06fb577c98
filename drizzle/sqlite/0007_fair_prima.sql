CREATE TABLE `download_clients` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`host` text NOT NULL,
	`port` integer NOT NULL,
	`use_tls` integer DEFAULT false NOT NULL,
	`url_base` text DEFAULT '' NOT NULL,
	`username` text,
	`secrets` text,
	`movie_category` text,
	`tv_category` text,
	`priority` integer DEFAULT 1 NOT NULL,
	`remove_completed` integer DEFAULT true NOT NULL,
	`remove_failed` integer DEFAULT true NOT NULL,
	`timeout_ms` integer DEFAULT 10000 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `download_clients_name_unique` ON `download_clients` (lower("name"));