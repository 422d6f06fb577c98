/** Adapters that put parse-torrent-title and @ctrl/video-filename-parser into our field vocabulary. */
import { filenameParse } from "@ctrl/video-filename-parser";
import ptt from "parse-torrent-title";

export interface Comparable {
  title: string | null;
  year: number | null;
  season: number | null;
  episodes: number[];
  airDate: string | null;
  resolution: number | null;
  source: string | null;
  group: string | null;
  version: number;
  codec: string | null;
}

/** Both libraries' codec spellings in our VideoCodec vocabulary. */
const CODECS: Record<string, string> = {
  x264: "h264",
  h264: "h264",
  avc: "h264",
  x265: "h265",
  h265: "h265",
  hevc: "h265",
  xvid: "xvid",
  divx: "divx",
  dvix: "divx",
  mpeg2: "mpeg2",
  wmv: "wmv",
};
const codecOf = (c: unknown): string | null => (typeof c === "string" ? (CODECS[c.toLowerCase()] ?? null) : null);

const resolutionOf = (r: unknown): number | null => {
  const m = /(\d{3,4})[pi]/i.exec(String(r ?? ""));
  if (m) return Number(m[1]) === 1440 ? 1080 : Number(m[1]);
  return /4k/i.test(String(r ?? "")) ? 2160 : null;
};

const PTT_SOURCES: Record<string, string> = {
  hdtv: "tv",
  pdtv: "tv",
  sdtv: "tv",
  tvrip: "tv",
  "web-dl": "webdl",
  webdl: "webdl",
  webrip: "webrip",
  bluray: "bluray",
  bdrip: "bluray",
  brrip: "bluray",
  dvd: "dvd",
  dvdrip: "dvd",
  cam: "cam",
  telesync: "telesync",
  ts: "telesync",
  telecine: "telecine",
};

interface PttResult {
  title?: string;
  year?: number;
  season?: number;
  episode?: number | number[];
  resolution?: string;
  source?: string;
  group?: string;
  codec?: string;
  proper?: boolean;
  repack?: boolean;
}

export function viaPtt(name: string): Comparable {
  const r = (ptt as unknown as { parse: (s: string) => PttResult }).parse(name);
  const episodes = r.episode === undefined ? [] : Array.isArray(r.episode) ? r.episode : [r.episode];
  return {
    title: r.title ?? null,
    year: r.year ?? null,
    season: r.season ?? null,
    episodes,
    airDate: null,
    resolution: resolutionOf(r.resolution),
    source: r.source ? (PTT_SOURCES[r.source.toLowerCase()] ?? "unknown") : "unknown",
    group: r.group ?? null,
    version: r.proper || r.repack ? 2 : 1,
    codec: codecOf(r.codec),
  };
}

const CTRL_SOURCES: Record<string, string> = {
  TV: "tv",
  WEBDL: "webdl",
  WEBRIP: "webrip",
  BLURAY: "bluray",
  DVD: "dvd",
  CAM: "cam",
  TELESYNC: "telesync",
  TELECINE: "telecine",
  WORKPRINT: "workprint",
};

const EMPTY: Comparable = {
  title: null,
  year: null,
  season: null,
  episodes: [],
  airDate: null,
  resolution: null,
  source: "unknown",
  group: null,
  version: 1,
  codec: null,
};

export function viaCtrl(name: string, isTv: boolean): Comparable {
  let parsed: unknown;
  try {
    parsed = filenameParse(name, isTv);
  } catch {
    // The library throws on some names (e.g. impossible dates); count that as no answer.
    return EMPTY;
  }
  const r = parsed as {
    title?: string;
    year?: string | number | null;
    seasons?: number[];
    episodeNumbers?: number[];
    airDate?: Date | string | null;
    resolution?: string;
    sources?: string[];
    group?: string | null;
    revision?: { version?: number };
    videoCodec?: string;
  };
  const air = r.airDate ? new Date(r.airDate).toISOString().slice(0, 10) : null;
  return {
    title: r.title ?? null,
    year: r.year ? Number(r.year) : null,
    season: r.seasons?.[0] ?? null,
    episodes: r.episodeNumbers ?? [],
    airDate: air,
    resolution: resolutionOf(r.resolution),
    source: r.sources?.[0] ? (CTRL_SOURCES[r.sources[0]] ?? "unknown") : "unknown",
    group: r.group ?? null,
    version: r.revision?.version ?? 1,
    codec: codecOf(r.videoCodec),
  };
}
