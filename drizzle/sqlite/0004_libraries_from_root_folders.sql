-- The interim root-folder settings (one folder per kind) become real libraries, keeping their ids
-- ("movies", "tv") so that movies and series stay in the library they were added to.
INSERT INTO libraries (id, name, kind, path, naming, updated_at)
SELECT 'movies', 'Movies', 'movie', json_extract(value, '$.movie'), '{"renameFiles":true,"movieFolder":"{Movie Title} ({Release Year}) {tmdb-{TmdbId}}","movieFile":"{Movie Title} ({Release Year}) {Edition Tags }{[Quality Full]}{[MediaInfo VideoDynamicRange]}{[MediaInfo VideoCodec]}{-Release Group}","seriesFolder":"{Series Title} ({Release Year}) {tvdb-{TvdbId}}","seasonFolder":"Season {season:00}","episodeFile":"{Series Title} - S{season:00}E{episode:00} - {Episode Title} {[Quality Full]}{[MediaInfo VideoCodec]}{-Release Group}","dailyEpisodeFile":"{Series Title} - {Air-Date} - {Episode Title} {[Quality Full]}","animeEpisodeFile":"{Series Title} - S{season:00}E{episode:00} - {absolute:000} - {Episode Title} {[Quality Full]}","multiEpisodeStyle":"prefixed-range","colonReplacement":"smart"}', cast(unixepoch('subsec') * 1000 as integer)
FROM settings WHERE key = 'catalog.rootFolders' AND json_extract(value, '$.movie') IS NOT NULL;
--> statement-breakpoint
INSERT INTO libraries (id, name, kind, path, naming, updated_at)
SELECT 'tv', 'TV', 'tv', json_extract(value, '$.tv'), '{"renameFiles":true,"movieFolder":"{Movie Title} ({Release Year}) {tmdb-{TmdbId}}","movieFile":"{Movie Title} ({Release Year}) {Edition Tags }{[Quality Full]}{[MediaInfo VideoDynamicRange]}{[MediaInfo VideoCodec]}{-Release Group}","seriesFolder":"{Series Title} ({Release Year}) {tvdb-{TvdbId}}","seasonFolder":"Season {season:00}","episodeFile":"{Series Title} - S{season:00}E{episode:00} - {Episode Title} {[Quality Full]}{[MediaInfo VideoCodec]}{-Release Group}","dailyEpisodeFile":"{Series Title} - {Air-Date} - {Episode Title} {[Quality Full]}","animeEpisodeFile":"{Series Title} - S{season:00}E{episode:00} - {absolute:000} - {Episode Title} {[Quality Full]}","multiEpisodeStyle":"prefixed-range","colonReplacement":"smart"}', cast(unixepoch('subsec') * 1000 as integer)
FROM settings WHERE key = 'catalog.rootFolders' AND json_extract(value, '$.tv') IS NOT NULL
AND json_extract(value, '$.tv') <> coalesce(json_extract(value, '$.movie'), '');
--> statement-breakpoint
DELETE FROM settings WHERE key = 'catalog.rootFolders';
