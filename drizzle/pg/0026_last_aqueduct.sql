CREATE TABLE "arr_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"app" text NOT NULL,
	"url" text NOT NULL,
	"api_key" text,
	"keep_key" boolean DEFAULT false NOT NULL,
	"options" jsonb NOT NULL,
	"status" text NOT NULL,
	"result" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "arr_imports_created_idx" ON "arr_imports" USING btree ("created_at");