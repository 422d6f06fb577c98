ALTER TABLE `events` ADD `txid` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `events_position_idx` ON `events` (`txid`,`id`);