CREATE TABLE `arr_ids` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`entity_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `arr_ids_kind_entity_unique` ON `arr_ids` (`kind`,`entity_id`);