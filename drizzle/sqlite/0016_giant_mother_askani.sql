CREATE TABLE `import_exclusions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`tmdb_id` integer NOT NULL,
	`title` text NOT NULL,
	`year` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_exclusions_kind_tmdb_unique` ON `import_exclusions` (`kind`,`tmdb_id`);--> statement-breakpoint
ALTER TABLE `movies` ADD `tags` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `series` ADD `tags` text DEFAULT '[]' NOT NULL;