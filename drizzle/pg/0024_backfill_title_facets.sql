-- Data migration: the genres and tags of existing titles into movie_facets and series_facets.
INSERT INTO "movie_facets" ("movie_id", "facet", "value")
  SELECT DISTINCT m."id", 'genre', v FROM "movies" m, jsonb_array_elements_text(m."genres") v ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "movie_facets" ("movie_id", "facet", "value")
  SELECT DISTINCT m."id", 'tag', v FROM "movies" m, jsonb_array_elements_text(m."tags") v ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "series_facets" ("series_id", "facet", "value")
  SELECT DISTINCT s."id", 'genre', v FROM "series" s, jsonb_array_elements_text(s."genres") v ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "series_facets" ("series_id", "facet", "value")
  SELECT DISTINCT s."id", 'tag', v FROM "series" s, jsonb_array_elements_text(s."tags") v ON CONFLICT DO NOTHING;
