-- Data migration (hand-written): the quality id of library files from the quality name the scan
-- or import recorded (lib/release QUALITIES). Files without a recorded quality, and the custom
-- formats of every file, are read from their names by the library.quality job (hourly).
UPDATE media_files SET quality_id = CASE quality
  WHEN 'Unknown' THEN 0
  WHEN 'WORKPRINT' THEN 24
  WHEN 'CAM' THEN 25
  WHEN 'TELESYNC' THEN 26
  WHEN 'TELECINE' THEN 27
  WHEN 'REGIONAL' THEN 29
  WHEN 'DVDSCR' THEN 28
  WHEN 'SDTV' THEN 1
  WHEN 'DVD' THEN 2
  WHEN 'DVD-R' THEN 23
  WHEN 'WEBDL-480p' THEN 8
  WHEN 'WEBRip-480p' THEN 12
  WHEN 'Bluray-480p' THEN 13
  WHEN 'Bluray-576p' THEN 22
  WHEN 'HDTV-720p' THEN 4
  WHEN 'WEBDL-720p' THEN 5
  WHEN 'WEBRip-720p' THEN 14
  WHEN 'Bluray-720p' THEN 6
  WHEN 'HDTV-1080p' THEN 9
  WHEN 'WEBDL-1080p' THEN 3
  WHEN 'WEBRip-1080p' THEN 15
  WHEN 'Bluray-1080p' THEN 7
  WHEN 'Bluray-1080p Remux' THEN 20
  WHEN 'HDTV-2160p' THEN 16
  WHEN 'WEBDL-2160p' THEN 18
  WHEN 'WEBRip-2160p' THEN 17
  WHEN 'Bluray-2160p' THEN 19
  WHEN 'Bluray-2160p Remux' THEN 21
  WHEN 'BR-DISK' THEN 30
  WHEN 'Raw-HD' THEN 10
END
WHERE quality_id IS NULL AND quality IS NOT NULL;
