ALTER TABLE "events" ADD COLUMN "txid" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL;--> statement-breakpoint
CREATE INDEX "events_position_idx" ON "events" USING btree ("txid","id");