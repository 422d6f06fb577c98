import type { AudioCodec, Hdr, VideoCodec } from "../types";

/** Source words as they appear in names, before they are mapped to a quality. */
export type RawSource =
  | "bluray"
  | "bdrip"
  | "webdl"
  | "webrip"
  | "hdtv"
  | "pdtv"
  | "dvd"
  | "dvdr"
  | "cam"
  | "telesync"
  | "telecine"
  | "workprint"
  | "screener"
  | "regional";

export const SOURCE_WORDS: ReadonlyMap<string, RawSource> = new Map<string, RawSource>([
  ...(
    [
      "bluray",
      "mbluray",
      "blueray",
      "hddvd",
      "uhdbd",
      "uhd2bd",
      "bdiso",
      "bdmux",
      "bd25",
      "bd50",
      "bd66",
      "bd100",
      "brdisk",
      "bdfull",
      "bdremux",
      "uhdremux",
      "hddvdrip",
      "bdmv",
      "uhdbluray",
    ] as const
  ).map((w) => [w, "bluray"] as const),
  ...(["bdrip", "brrip", "bdlight", "uhdbdrip", "bdrips", "bluraycd"] as const).map((w) => [w, "bdrip"] as const),
  ...(
    [
      "webdl",
      "amazonhd",
      "amazonsd",
      "ituneshd",
      "maxdomehd",
      "netflixhd",
      "netflixuhd",
      "webhd",
      "hbomaxhd",
      "disneyhd",
      "webdlmux",
      "webdlrip",
    ] as const
  ).map((w) => [w, "webdl"] as const),
  ...(["webrip", "webmux", "webrips"] as const).map((w) => [w, "webrip"] as const),
  ...(["hdtv", "hdtvrip"] as const).map((w) => [w, "hdtv"] as const),
  ...(["pdtv", "sdtv", "dsr", "dsrip", "tvrip", "dvbrip", "dthrip", "satrip"] as const).map(
    (w) => [w, "pdtv"] as const,
  ),
  ...(["dvd", "dvdrip", "ntsc", "pal", "xvidvd", "dvdmux", "dvdrips"] as const).map((w) => [w, "dvd"] as const),
  ...(["dvdr", "dvd5", "dvd9", "2xdvd9", "2dvd5", "2dvd9", "2xdvd5", "mdvdr", "dvdfull"] as const).map(
    (w) => [w, "dvdr"] as const,
  ),
  ...(["cam", "camrip", "newcam", "hdcam", "hqcam", "hdcamrip", "camhd"] as const).map((w) => [w, "cam"] as const),
  ...(["telesync", "telesynch", "hdts", "pdvd", "tsrip", "hdtsrip"] as const).map((w) => [w, "telesync"] as const),
  ...(["telecine", "hdtc"] as const).map((w) => [w, "telecine"] as const),
  ["workprint", "workprint"],
  ...(["scr", "screener", "dvdscr", "dvdscreener", "bdscr", "webscreener"] as const).map(
    (w) => [w, "screener"] as const,
  ),
  ["regional", "regional"],
]);

/** Two words written as one ("WEB-DL", "Blu.ray", "HD TV"). */
export const SOURCE_PAIRS: ReadonlyMap<string, RawSource> = new Map<string, RawSource>([
  ["web dl", "webdl"],
  ["web dlmux", "webdl"],
  ["web rip", "webrip"],
  ["web dlrip", "webrip"],
  ["blu ray", "bluray"],
  ["hd dvd", "bluray"],
  ["br disk", "bluray"],
  ["bd rip", "bdrip"],
  ["hd tv", "hdtv"],
  ["sd tv", "pdtv"],
  ["ws dsr", "pdtv"],
  ["sd dvd", "dvd"],
  ["dvd rip", "dvd"],
  ["dvd r", "dvdr"],
  ["hd cam", "cam"],
  ["cam rip", "cam"],
  ["hd ts", "telesync"],
  ["hd tc", "telecine"],
]);

/** Words that are sources only when written in capitals: as lower-case words they are too common. */
export const UPPERCASE_SOURCES: ReadonlyMap<string, RawSource> = new Map<string, RawSource>([
  ["TS", "telesync"],
  ["TC", "telecine"],
  ["WP", "workprint"],
  ["R5", "regional"],
  ["R6", "regional"],
]);

export const CODEC_WORDS: ReadonlyMap<string, VideoCodec> = new Map<string, VideoCodec>([
  ["x264", "h264"],
  ["h264", "h264"],
  ["avc", "h264"],
  ["x265", "h265"],
  ["h265", "h265"],
  ["hevc", "h265"],
  ["x266", "h266"],
  ["h266", "h266"],
  ["vvc", "h266"],
  ["av1", "av1"],
  ["vc1", "vc1"],
  ["mpeg2", "mpeg2"],
  ["mpg2", "mpeg2"],
  ["h262", "mpeg2"],
  ["wmv", "wmv"],
  ["wmv3", "wmv"],
  ["wmv9", "wmv"],
  ["xvid", "xvid"],
  ["xvidhd", "xvid"],
  ["divx", "divx"],
  ["dvdivx", "divx"],
  ["divx5", "divx"],
  ["divx6", "divx"],
  ["vp7", "vp7"],
  ["vp8", "vp8"],
  ["vp9", "vp9"],
]);

export const CODEC_PAIRS: ReadonlyMap<string, VideoCodec> = new Map<string, VideoCodec>([
  ["h 264", "h264"],
  ["h 265", "h265"],
  ["h 266", "h266"],
  ["x 264", "h264"],
  ["x 265", "h265"],
  ["vc 1", "vc1"],
  ["mpeg 2", "mpeg2"],
  ["mpg 2", "mpeg2"],
  ["h 262", "mpeg2"],
  ["vp 9", "vp9"],
  ["x vid", "xvid"],
]);

export const AUDIO_WORDS: ReadonlyMap<string, AudioCodec> = new Map<string, AudioCodec>([
  ...(["aac", "aac2", "aac5", "aac20", "aac51", "heaac"] as const).map((w) => [w, "aac"] as const),
  ...(["ac3", "ac3d", "dd", "dd2", "dd5", "dd20", "dd51", "dd7", "dolby"] as const).map((w) => [w, "ac3"] as const),
  ...(["ddp", "ddp2", "ddp5", "ddp7", "ddp20", "ddp51", "eac3", "eac3d", "ddplus"] as const).map(
    (w) => [w, "eac3"] as const,
  ),
  ...(["dts", "dts5", "dtses"] as const).map((w) => [w, "dts"] as const),
  ...(["dtshd", "dtsma", "dtshr"] as const).map((w) => [w, "dts-hd"] as const),
  ["dtsx", "dts-x"],
  ["truehd", "truehd"],
  ...(["flac", "flacx2", "flac2"] as const).map((w) => [w, "flac"] as const),
  ["opus", "opus"],
  ["mp3", "mp3"],
  ...(["mp2", "mpa2"] as const).map((w) => [w, "mp2"] as const),
  ...(["lpcm", "pcm", "lpcm2"] as const).map((w) => [w, "pcm"] as const),
]);

export const HDR_WORDS: ReadonlyMap<string, Hdr> = new Map<string, Hdr>([
  ["hdr10", "hdr10"],
  ["hdr10plus", "hdr10+"],
  ["hdr", "hdr"],
  ["dv", "dolby-vision"],
  ["dovi", "dolby-vision"],
  ["hlg", "hlg"],
]);

export const STREAMING_SERVICES: ReadonlyMap<string, string> = new Map([
  ["AMZN", "Amazon"],
  ["NF", "Netflix"],
  ["DSNP", "Disney+"],
  ["DSNY", "Disney+"],
  ["DSNYP", "Disney+"],
  ["ATVP", "Apple TV+"],
  ["HMAX", "HBO Max"],
  ["HULU", "Hulu"],
  ["PCOK", "Peacock"],
  ["PMTP", "Paramount+"],
  ["CRAV", "Crave"],
  ["STAN", "Stan"],
  ["iP", "BBC iPlayer"],
  ["ALL4", "All 4"],
  ["iT", "iTunes"],
  ["CR", "Crunchyroll"],
  ["FUNi", "Funimation"],
  ["SHO", "Showtime"],
  ["BCORE", "Bravia Core"],
  ["ROKU", "Roku"],
  ["VIKI", "Viki"],
  ["BKPL", "Blackpills"],
  ["Baha", "Bahamut"],
  ["Netflix", "Netflix"],
  ["SkySHO", "Sky Showtime"],
]);
