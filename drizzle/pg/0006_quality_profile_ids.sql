-- The placeholder profile "default" becomes the shipped "Any" profile (lib/quality seeds it with the id "any").
UPDATE movies SET quality_profile_id = 'any' WHERE quality_profile_id = 'default';
--> statement-breakpoint
UPDATE series SET quality_profile_id = 'any' WHERE quality_profile_id = 'default';
--> statement-breakpoint
UPDATE libraries SET quality_profile_id = 'any' WHERE quality_profile_id = 'default';
