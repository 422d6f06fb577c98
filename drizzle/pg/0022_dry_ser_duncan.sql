CREATE TABLE "arr_commands" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"persona" text NOT NULL,
	"name" text NOT NULL,
	"body" jsonb NOT NULL,
	"jobs" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "arr_commands_created_idx" ON "arr_commands" USING btree ("created_at");