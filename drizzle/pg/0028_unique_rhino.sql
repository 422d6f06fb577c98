CREATE TABLE "relay_rate_buckets" (
	"client" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "relay_rate_buckets_updated_at_idx" ON "relay_rate_buckets" USING btree ("updated_at");