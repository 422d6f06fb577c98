import type { ColonReplacement, LibraryKind, MediaInfo, NamingSettings } from "../library.types";
import { sanitizeComponent } from "../paths";

/** What a name can be built from. */
export interface NamingContext {
  movie?: { title: string; year: number | null; tmdbId: number; imdbId: string | null };
  series?: {
    title: string;
    year: number | null;
    tmdbId: number;
    tvdbId: number | null;
    imdbId: string | null;
    seriesType: "standard" | "daily" | "anime";
  };
  episodes?: {
    seasonNumber: number;
    episodeNumber: number;
    absoluteNumber: number | null;
    title: string | null;
    airDate: string | null;
  }[];
  /** Quality name, e.g. "Bluray-1080p". */
  quality?: string | null;
  proper?: boolean;
  releaseGroup?: string | null;
  edition?: string | null;
  mediaInfo?: MediaInfo | null;
}

const pad = (n: number, format: string): string => String(n).padStart(format.replace(/[^0]/g, "").length || 1, "0");

function replaceColons(value: string, mode: ColonReplacement): string {
  switch (mode) {
    case "delete":
      return value.replace(/:/g, "");
    case "dash":
      return value.replace(/:/g, "-");
    case "space-dash":
      return value.replace(/\s*:/g, " -");
    case "space-dash-space":
      return value.replace(/\s*:\s*/g, " - ");
    case "smart":
      return value.replace(/:\s+/g, " - ").replace(/:/g, "-");
  }
}

const cleanTitle = (title: string): string =>
  title
    .replace(/&/g, "and")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
const titleThe = (title: string): string => {
  const m = /^(The|A|An)\s+(.*)$/i.exec(title);
  return m ? `${m[2]}, ${m[1]}` : title;
};

const VIDEO_CODEC: Record<string, string> = {
  h264: "x264",
  hevc: "x265",
  av1: "AV1",
  vp9: "VP9",
  mpeg2video: "MPEG2",
  vc1: "VC1",
  mpeg4: "XviD",
};
const AUDIO_CODEC: Record<string, string> = {
  aac: "AAC",
  ac3: "AC3",
  eac3: "EAC3",
  dts: "DTS",
  truehd: "TrueHD",
  flac: "FLAC",
  opus: "Opus",
  mp3: "MP3",
  vorbis: "Vorbis",
};
const channels = (n: number | null): string =>
  n === null ? "" : n === 6 ? "5.1" : n === 8 ? "7.1" : n === 2 ? "2.0" : n === 1 ? "1.0" : `${n - 1}.1`;

function episodeNumbers(
  episodes: NonNullable<NamingContext["episodes"]>,
  format: string,
  style: NamingSettings["multiEpisodeStyle"],
): string {
  const numbers = episodes.map((e) => pad(e.episodeNumber, format));
  if (numbers.length <= 1) return numbers[0] ?? "";
  const last = numbers[numbers.length - 1];
  switch (style) {
    case "extend":
      return numbers.join("-");
    case "repeat":
    case "duplicate":
      return numbers.join("E");
    case "scene":
      return numbers.join("-E");
    case "range":
      return `${numbers[0]}-${last}`;
    case "prefixed-range":
      return `${numbers[0]}-E${last}`;
  }
}

/** Value of one token (name already lower-cased), or null for an unknown token. */
function tokenValue(name: string, format: string, ctx: NamingContext, naming: NamingSettings): string | null {
  const eps = ctx.episodes ?? [];
  const first = eps[0];
  const mi = ctx.mediaInfo ?? null;
  const audio = mi?.audio[0];
  const year = ctx.movie?.year ?? ctx.series?.year ?? null;
  switch (name) {
    case "movie title":
      return ctx.movie?.title ?? "";
    case "movie cleantitle":
      return cleanTitle(ctx.movie?.title ?? "");
    case "movie titlethe":
      return titleThe(ctx.movie?.title ?? "");
    case "release year":
      return year === null ? "" : String(year);
    case "quality full":
      return ctx.quality ? `${ctx.quality}${ctx.proper ? " Proper" : ""}` : "";
    case "quality title":
      return ctx.quality ?? "";
    case "mediainfo videocodec":
      return mi?.video ? (VIDEO_CODEC[mi.video.codec] ?? mi.video.codec.toUpperCase()) : "";
    case "mediainfo audiocodec":
      return audio ? (AUDIO_CODEC[audio.codec] ?? audio.codec.toUpperCase()) : "";
    case "mediainfo audiochannels":
      return audio ? channels(audio.channels) : "";
    case "mediainfo videodynamicrange":
      return mi?.video?.hdr ? "HDR" : "";
    case "mediainfo videodynamicrangetype":
      return mi?.video?.hdr ?? "";
    case "mediainfo videobitdepth":
      return mi?.video?.bitDepth ? String(mi.video.bitDepth) : "";
    case "edition tags":
      return ctx.edition ?? "";
    case "release group":
      return ctx.releaseGroup ?? "";
    case "tmdbid":
      return String(ctx.movie?.tmdbId ?? ctx.series?.tmdbId ?? "");
    case "imdbid":
      return ctx.movie?.imdbId ?? ctx.series?.imdbId ?? "";
    case "tvdbid":
      return ctx.series?.tvdbId ? String(ctx.series.tvdbId) : "";
    case "series title":
      return ctx.series?.title ?? "";
    case "series cleantitle":
      return cleanTitle(ctx.series?.title ?? "");
    case "series titlethe":
      return titleThe(ctx.series?.title ?? "");
    case "series titleyear":
      return ctx.series ? (ctx.series.year ? `${ctx.series.title} (${ctx.series.year})` : ctx.series.title) : "";
    case "season":
      return first ? pad(first.seasonNumber, format || "0") : "";
    case "episode":
      return episodeNumbers(eps, format || "0", naming.multiEpisodeStyle);
    case "absolute": {
      const abs = eps.map((e) => e.absoluteNumber).filter((n): n is number => n !== null);
      if (abs.length === 0) return "";
      return abs.length === 1
        ? pad(abs[0], format || "0")
        : `${pad(abs[0], format || "0")}-${pad(abs[abs.length - 1], format || "0")}`;
    }
    case "episode title":
      return [...new Set(eps.map((e) => e.title).filter((t): t is string => !!t))].join(" + ");
    case "episode cleantitle":
      return cleanTitle([...new Set(eps.map((e) => e.title).filter((t): t is string => !!t))].join(" and "));
    case "air-date":
      return first?.airDate ?? "";
    case "air date":
      return first?.airDate?.replace(/-/g, " ") ?? "";
    default:
      return null;
  }
}

const OPEN = "\u0001";
const CLOSE = "\u0002";
const TOKEN = /\{([^{}]*)\}/g;
const EDGE = "[\\s\\[\\]().\\-_+]";
const PARTS = new RegExp(`^(${EDGE}*)(.*?)(${EDGE}*)$`, "s");

/** Renders a template to text (no path handling). Unknown tokens stay as written so mistakes show in the preview. */
export function renderTemplate(template: string, ctx: NamingContext, naming: NamingSettings): string {
  let text = template
    // {tmdb-{TmdbId}} → "{tmdb-550}" (literal braces, the form media servers read)
    .replace(/\{(tmdb|imdb|tvdb)-\{(TmdbId|ImdbId|TvdbId)\}\}/gi, (_all, label: string, id: string) => {
      const value = tokenValue(id.toLowerCase(), "", ctx, naming);
      return value ? `${OPEN}${label.toLowerCase()}-${value}${CLOSE}` : "";
    });
  const eps = ctx.episodes ?? [];
  if (naming.multiEpisodeStyle === "duplicate" && eps.length > 1) {
    text = text.replace(/S\{season:(0+)\}E\{episode:(0+)\}/i, (_all, sf: string, ef: string) =>
      eps.map((e) => `S${pad(e.seasonNumber, sf)}E${pad(e.episodeNumber, ef)}`).join("."),
    );
  }
  text = text.replace(TOKEN, (all, inner: string) => {
    const m = PARTS.exec(inner)!;
    const [, prefix, body, suffix] = m;
    const [rawName, format = ""] = body.split(":");
    const value = tokenValue(rawName.trim().toLowerCase().replace(/\s+/g, " "), format, ctx, naming);
    if (value === null) return all;
    if (value === "") return "";
    // "{movie title}" gives lower case, "{MOVIE TITLE}" upper case (number tokens like {episode:00} are lower case by convention).
    const words = rawName.includes(" ");
    const cased =
      words && rawName === rawName.toLowerCase()
        ? value.toLowerCase()
        : words && rawName === rawName.toUpperCase()
          ? value.toUpperCase()
          : value;
    return prefix + replaceColons(cased, naming.colonReplacement) + suffix;
  });
  return text
    .replace(/\(\s*\)|\[\s*\]/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([.,])/g, "$1")
    .replace(/^[\s\-_.]+|[\s\-_]+$/g, "")
    .replaceAll(OPEN, "{")
    .replaceAll(CLOSE, "}");
}

/** Tokens of a template that Mydia does not know (rendering would leave them as written), e.g. "{Custom Formats}". */
export function unknownNamingTokens(template: string, naming: NamingSettings): string[] {
  const text = template.replace(/\{(tmdb|imdb|tvdb)-\{(TmdbId|ImdbId|TvdbId)\}\}/gi, "");
  const unknown: string[] = [];
  for (const [all, inner] of text.matchAll(TOKEN)) {
    const [, , body] = PARTS.exec(inner)!;
    const [rawName, format = ""] = body.split(":");
    if (tokenValue(rawName.trim().toLowerCase().replace(/\s+/g, " "), format, {}, naming) === null) unknown.push(all);
  }
  return unknown;
}

/** A template rendered into one or more sanitized path components ("/" in a template makes folders). */
export function renderPath(template: string, ctx: NamingContext, naming: NamingSettings, extension = ""): string[] {
  const parts = template.split("/").filter((p) => p.trim().length > 0);
  return parts.map((part, i) =>
    sanitizeComponent(renderTemplate(part, ctx, naming), i === parts.length - 1 ? extension : ""),
  );
}

/**
 * Where a file goes inside its library, relative to the root: "Movie (2010)/Movie (2010) Bluray-1080p.mkv"
 * or "Series (2011)/Season 01/Series - S01E01 - Title.mkv". originalName is kept when renaming is off.
 */
export function destinationFor(
  kind: LibraryKind,
  naming: NamingSettings,
  ctx: NamingContext,
  extension: string,
  originalName: string,
): string {
  const keep = (): string => sanitizeComponent(originalName.replace(/\.[^.]+$/, ""), extension);
  if (kind === "movie") {
    if (!ctx.movie) throw new Error("a movie is needed to name a movie file");
    const folder = renderPath(naming.movieFolder, ctx, naming);
    const file = naming.renameFiles ? renderPath(naming.movieFile, ctx, naming, extension) : [keep()];
    return [...folder, ...file].join("/");
  }
  if (!ctx.series || !ctx.episodes || ctx.episodes.length === 0)
    throw new Error("a series and episodes are needed to name an episode file");
  const season = ctx.episodes[0].seasonNumber;
  const folder = renderPath(naming.seriesFolder, ctx, naming);
  const seasonFolder = season === 0 ? ["Specials"] : renderPath(naming.seasonFolder, ctx, naming);
  const template =
    ctx.series.seriesType === "daily"
      ? naming.dailyEpisodeFile
      : ctx.series.seriesType === "anime"
        ? naming.animeEpisodeFile
        : naming.episodeFile;
  const file = naming.renameFiles ? renderPath(template, ctx, naming, extension) : [keep()];
  return [...folder, ...seasonFolder, ...file].join("/");
}

/** Sample names for the live preview in Settings → Libraries. */
export const previewContexts: Record<"movie" | "episode" | "multiEpisode" | "daily" | "anime", NamingContext> = {
  movie: {
    movie: { title: "The Movie: Director's Cut Edition", year: 2010, tmdbId: 27205, imdbId: "tt1375666" },
    quality: "Bluray-1080p",
    releaseGroup: "GRP",
    edition: "Director's Cut",
    mediaInfo: {
      container: "matroska",
      durationSeconds: 8880,
      bitrate: 12_000_000,
      video: {
        codec: "hevc",
        width: 1920,
        height: 1080,
        resolution: "1080p",
        bitDepth: 10,
        hdr: "HDR10",
        frameRate: 23.976,
      },
      audio: [{ codec: "truehd", channels: 8, layout: "7.1", language: "eng", title: null }],
      subtitles: [],
    },
  },
  episode: {
    series: {
      title: "The Series Title's!",
      year: 2010,
      tmdbId: 1399,
      tvdbId: 121361,
      imdbId: "tt0944947",
      seriesType: "standard",
    },
    episodes: [
      { seasonNumber: 1, episodeNumber: 1, absoluteNumber: 1, title: "Episode Title (1)", airDate: "2013-10-30" },
    ],
    quality: "WEBDL-1080p",
    releaseGroup: "RlsGrp",
    mediaInfo: {
      container: "matroska",
      durationSeconds: 2700,
      bitrate: 5_000_000,
      video: {
        codec: "h264",
        width: 1920,
        height: 1080,
        resolution: "1080p",
        bitDepth: 8,
        hdr: null,
        frameRate: 23.976,
      },
      audio: [{ codec: "eac3", channels: 6, layout: "5.1", language: "eng", title: null }],
      subtitles: [],
    },
  },
  multiEpisode: {
    series: {
      title: "The Series Title's!",
      year: 2010,
      tmdbId: 1399,
      tvdbId: 121361,
      imdbId: "tt0944947",
      seriesType: "standard",
    },
    episodes: [
      { seasonNumber: 1, episodeNumber: 1, absoluteNumber: 1, title: "Episode Title (1)", airDate: "2013-10-30" },
      { seasonNumber: 1, episodeNumber: 2, absoluteNumber: 2, title: "Episode Title (2)", airDate: "2013-10-30" },
    ],
    quality: "WEBDL-1080p",
    releaseGroup: "RlsGrp",
  },
  daily: {
    series: { title: "The Daily Show", year: 1996, tmdbId: 2224, tvdbId: 71256, imdbId: null, seriesType: "daily" },
    episodes: [
      { seasonNumber: 2013, episodeNumber: 150, absoluteNumber: null, title: "Guest Name", airDate: "2013-10-30" },
    ],
    quality: "HDTV-720p",
  },
  anime: {
    series: { title: "The Anime Title", year: 2009, tmdbId: 31910, tvdbId: 79824, imdbId: null, seriesType: "anime" },
    episodes: [
      { seasonNumber: 1, episodeNumber: 10, absoluteNumber: 110, title: "Episode Title", airDate: "2010-01-01" },
    ],
    quality: "HDTV-1080p",
    releaseGroup: "SubGrp",
  },
};
