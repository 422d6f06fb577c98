CREATE TABLE "grab_claims" (
	"key" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "release_cache" (
	"id" text PRIMARY KEY NOT NULL,
	"indexer_id" text NOT NULL,
	"payload" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "release_cache" ADD CONSTRAINT "release_cache_indexer_id_indexers_id_fk" FOREIGN KEY ("indexer_id") REFERENCES "public"."indexers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "release_cache_created_idx" ON "release_cache" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "downloads_guid_idx" ON "downloads" USING btree ("guid");--> statement-breakpoint
CREATE INDEX "downloads_info_hash_idx" ON "downloads" USING btree ("info_hash");