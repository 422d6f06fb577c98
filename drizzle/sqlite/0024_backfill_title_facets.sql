-- Data migration: the genres and tags of existing titles into movie_facets and series_facets.
INSERT OR IGNORE INTO `movie_facets` (`movie_id`, `facet`, `value`)
  SELECT m.`id`, 'genre', j.value FROM `movies` m, json_each(m.`genres`) j WHERE j.type = 'text';
--> statement-breakpoint
INSERT OR IGNORE INTO `movie_facets` (`movie_id`, `facet`, `value`)
  SELECT m.`id`, 'tag', j.value FROM `movies` m, json_each(m.`tags`) j WHERE j.type = 'text';
--> statement-breakpoint
INSERT OR IGNORE INTO `series_facets` (`series_id`, `facet`, `value`)
  SELECT s.`id`, 'genre', j.value FROM `series` s, json_each(s.`genres`) j WHERE j.type = 'text';
--> statement-breakpoint
INSERT OR IGNORE INTO `series_facets` (`series_id`, `facet`, `value`)
  SELECT s.`id`, 'tag', j.value FROM `series` s, json_each(s.`tags`) j WHERE j.type = 'text';
