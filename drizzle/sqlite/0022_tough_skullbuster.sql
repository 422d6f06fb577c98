CREATE TABLE `arr_commands` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`persona` text NOT NULL,
	`name` text NOT NULL,
	`body` text NOT NULL,
	`jobs` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `arr_commands_created_idx` ON `arr_commands` (`created_at`);