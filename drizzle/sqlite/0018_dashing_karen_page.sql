DROP INDEX `media_file_episodes_episode_idx`;--> statement-breakpoint
CREATE INDEX `media_file_episodes_episode_idx` ON `media_file_episodes` (`episode_id`,`media_file_id`);--> statement-breakpoint
ALTER TABLE `media_files` ADD `quality_id` integer;--> statement-breakpoint
ALTER TABLE `media_files` ADD `custom_format_ids` text;