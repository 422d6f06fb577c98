CREATE TABLE "download_clients" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"host" text NOT NULL,
	"port" integer NOT NULL,
	"use_tls" boolean DEFAULT false NOT NULL,
	"url_base" text DEFAULT '' NOT NULL,
	"username" text,
	"secrets" text,
	"movie_category" text,
	"tv_category" text,
	"priority" integer DEFAULT 1 NOT NULL,
	"remove_completed" boolean DEFAULT true NOT NULL,
	"remove_failed" boolean DEFAULT true NOT NULL,
	"timeout_ms" integer DEFAULT 10000 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "download_clients_name_unique" ON "download_clients" USING btree (lower("name"));