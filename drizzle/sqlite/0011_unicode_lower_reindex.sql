-- Data migration (hand-written): Mydia now registers a Unicode-aware lower() on every SQLite
-- connection (lib/db/client.ts). Indexes on lower(...) built with SQLite's ASCII-only lower() are
-- rebuilt with it, so "Åsa" and "åsa" collide as they do on PostgreSQL.
REINDEX `users_username_unique`;--> statement-breakpoint
REINDEX `indexers_name_unique`;--> statement-breakpoint
REINDEX `quality_profiles_name_unique`;--> statement-breakpoint
REINDEX `custom_formats_name_unique`;--> statement-breakpoint
REINDEX `download_clients_name_unique`;
