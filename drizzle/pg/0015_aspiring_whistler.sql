CREATE TABLE "download_client_health" (
	"client_id" text PRIMARY KEY NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"failing_since" timestamp with time zone,
	"last_failure_at" timestamp with time zone,
	"last_failure_message" text,
	"next_check_at" timestamp with time zone,
	"last_success_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "worker_crashes" (
	"id" text PRIMARY KEY NOT NULL,
	"crashed_at" timestamp with time zone NOT NULL,
	"exit_code" integer,
	"signal" text,
	"restarts" integer NOT NULL,
	"restart_delay_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "download_client_health" ADD CONSTRAINT "download_client_health_client_id_download_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."download_clients"("id") ON DELETE cascade ON UPDATE no action;