export type ReleaseKind = "movie" | "episode" | "season-pack" | "multi-season" | "daily" | "anime" | "unknown";

export type Source =
  "bluray" | "webdl" | "webrip" | "tv" | "dvd" | "cam" | "telesync" | "telecine" | "workprint" | "unknown";

export type Modifier = "none" | "remux" | "brdisk" | "rawhd" | "regional" | "screener";

export type VideoCodec =
  "h264" | "h265" | "h266" | "av1" | "vc1" | "wmv" | "mpeg2" | "xvid" | "divx" | "vp7" | "vp8" | "vp9";

export type Hdr = "hdr10" | "hdr10+" | "dolby-vision" | "hlg" | "hdr";

export type AudioCodec =
  "aac" | "ac3" | "eac3" | "dts" | "dts-hd" | "dts-x" | "truehd" | "flac" | "opus" | "mp3" | "mp2" | "pcm";

/** Where a quality attribute came from, as Sonarr reports it. */
export type DetectedFrom = "name" | "extension" | "unknown";

export interface ReleaseHints {
  /** "movie" skips TV-only heuristics (absolute numbers, mini-series parts); "tv" skips the movie fallback. */
  kind?: "movie" | "tv";
  /** Series type of the expected series; steers ambiguous numbers. */
  seriesType?: "standard" | "daily" | "anime";
  /** Expected title; when the name starts with it, it is taken as the title. */
  title?: string;
  year?: number;
}

export interface Revision {
  /** 1 = original; PROPER/REPACK make 2, REPACK2 3, an anime v3 3. */
  version: number;
  real: number;
  repack: boolean;
  proper: boolean;
}

export interface AudioInfo {
  codecs: AudioCodec[];
  channels: string | null;
  atmos: boolean;
}

export interface Explanation {
  field: string;
  value: string;
  /** The text in the input that gave the value. */
  token: string;
  start: number;
}

export interface QualityInfo {
  source: Source;
  resolution: number | null;
  modifier: Modifier;
  /** Name in the quality list, e.g. "WEBDL-1080p". */
  name: string;
  sourceFrom: DetectedFrom;
  resolutionFrom: DetectedFrom;
  revision: Revision;
}

export interface ReleaseInfo {
  input: string;
  kind: ReleaseKind;
  /** Clean title without a trailing year (movie title or series title). */
  title: string;
  /** Title as Sonarr reports a series: year or country kept ("Series Title (2010)"). */
  seriesTitle: string;
  /** Split titles (AKA, "Title / Other title"), in order of appearance. */
  titles: string[];
  year: number | null;
  season: number | null;
  seasons: number[];
  episodes: number[];
  absolute: number[];
  specialAbsolute: number[];
  airDate: string | null;
  dailyPart: number | null;
  seasonPart: number | null;
  fullSeason: boolean;
  partialSeason: boolean;
  multiSeason: boolean;
  seasonExtra: boolean;
  special: boolean;
  splitEpisode: boolean;
  quality: QualityInfo;
  codec: VideoCodec | null;
  bitDepth: number | null;
  hdr: Hdr[];
  audio: AudioInfo;
  languages: string[];
  multiAudio: boolean;
  dualAudio: boolean;
  subtitleTags: string[];
  subtitleTitle: string | null;
  edition: string | null;
  streamingService: string | null;
  group: string | null;
  hash: string | null;
  threeD: boolean;
  hardcodedSubs: string | null;
  container: string | null;
  extension: string | null;
  tmdbId: number | null;
  imdbId: string | null;
  explanation: Explanation[];
}
