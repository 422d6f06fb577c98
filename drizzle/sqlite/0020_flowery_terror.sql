DROP INDEX `media_file_episodes_episode_idx`;--> statement-breakpoint
CREATE INDEX `media_file_episodes_episode_idx` ON `media_file_episodes` (`episode_id`,`media_file_id`);--> statement-breakpoint
ALTER TABLE `media_files` ADD `quality_id` integer;--> statement-breakpoint
ALTER TABLE `media_files` ADD `custom_format_ids` text;--> statement-breakpoint
CREATE INDEX `media_files_held_movie_idx` ON `media_files` (`movie_id`,`quality_id`,`custom_format_ids`) WHERE "media_files"."role" = 'video' and "media_files"."status" = 'matched' and "media_files"."missing_at" is null;--> statement-breakpoint
CREATE INDEX `media_files_held_id_idx` ON `media_files` (`id`,`quality_id`,`custom_format_ids`) WHERE "media_files"."role" = 'video' and "media_files"."status" = 'matched' and "media_files"."missing_at" is null;