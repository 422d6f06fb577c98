CREATE TABLE "movie_facets" (
	"movie_id" text NOT NULL,
	"facet" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "movie_facets_movie_id_facet_value_pk" PRIMARY KEY("movie_id","facet","value")
);
--> statement-breakpoint
CREATE TABLE "series_facets" (
	"series_id" text NOT NULL,
	"facet" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "series_facets_series_id_facet_value_pk" PRIMARY KEY("series_id","facet","value")
);
--> statement-breakpoint
ALTER TABLE "movie_facets" ADD CONSTRAINT "movie_facets_movie_id_movies_id_fk" FOREIGN KEY ("movie_id") REFERENCES "public"."movies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series_facets" ADD CONSTRAINT "series_facets_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "movie_facets_value_idx" ON "movie_facets" USING btree ("facet","value");--> statement-breakpoint
CREATE INDEX "series_facets_value_idx" ON "series_facets" USING btree ("facet","value");--> statement-breakpoint
CREATE INDEX "blocklist_created_idx" ON "blocklist" USING btree ("created_at");