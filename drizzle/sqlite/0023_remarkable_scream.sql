CREATE TABLE `movie_facets` (
	`movie_id` text NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`movie_id`, `facet`, `value`),
	FOREIGN KEY (`movie_id`) REFERENCES `movies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `movie_facets_value_idx` ON `movie_facets` (`facet`,`value`);--> statement-breakpoint
CREATE TABLE `series_facets` (
	`series_id` text NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`series_id`, `facet`, `value`),
	FOREIGN KEY (`series_id`) REFERENCES `series`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `series_facets_value_idx` ON `series_facets` (`facet`,`value`);--> statement-breakpoint
CREATE INDEX `blocklist_created_idx` ON `blocklist` (`created_at`);