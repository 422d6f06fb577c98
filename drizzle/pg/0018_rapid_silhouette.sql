DROP INDEX "media_file_episodes_episode_idx";--> statement-breakpoint
ALTER TABLE "media_files" ADD COLUMN "quality_id" integer;--> statement-breakpoint
ALTER TABLE "media_files" ADD COLUMN "custom_format_ids" text;--> statement-breakpoint
CREATE INDEX "media_file_episodes_episode_idx" ON "media_file_episodes" USING btree ("episode_id","media_file_id");