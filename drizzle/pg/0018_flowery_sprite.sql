CREATE TABLE "arr_ids" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"entity_id" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "arr_ids_kind_entity_unique" ON "arr_ids" USING btree ("kind","entity_id");