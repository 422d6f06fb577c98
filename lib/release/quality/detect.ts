import { joined, type Token } from "../tokens";
import type { AudioCodec, Hdr, VideoCodec } from "../types";
import {
  AUDIO_WORDS,
  CODEC_PAIRS,
  CODEC_WORDS,
  HDR_WORDS,
  SOURCE_PAIRS,
  SOURCE_WORDS,
  STREAMING_SERVICES,
  UPPERCASE_SOURCES,
  type RawSource,
} from "./vocabulary";

/** Everything the quality model needs, read from the tokens of one name. */
export interface QualityFeatures {
  source: RawSource | null;
  sourceToken: Token | null;
  resolution: number | null;
  resolutionToken: Token | null;
  remux: boolean;
  rawhd: boolean;
  discImage: boolean;
  discCodec: boolean;
  discExcluded: boolean;
  germanScene: boolean;
  bracketWebdl: boolean;
  bracketHdtv: boolean;
  animeWeb: boolean;
  highDefPdtv: boolean;
  codec: VideoCodec | null;
  codecToken: Token | null;
  bitDepth: number | null;
  hdr: Hdr[];
  audioCodecs: AudioCodec[];
  channels: string | null;
  atmos: boolean;
  service: string | null;
  threeD: boolean;
  /** Index of the first token that is clearly technical (resolution, source, codec). */
  firstTech: number;
  /** Where a height written without "p" was read, so that it is not also taken for an episode number. */
  bareResolutionAt: number | null;
}

const RESOLUTION = /^(\d{3,4})[pi](?:\d{2})?$/;
const DIMENSIONS = /^(\d{3,4})x(\d{3,4})p?$/;
/** Heights written without "p" ("720", "[1080.Hi10p]"): read as a resolution only next to another technical word. */
const BARE_HEIGHTS = new Set(["360", "480", "576", "720", "1080", "1440", "2160"]);
/** A codec glued to its bit depth: "HEVC10", "x265-10bit" is two tokens and handled elsewhere. */
const CODEC_DEPTH = /^(hevc|x265|h265|x264|h264|avc)(8|10|12)(?:bits?)?$/;
const GLUED_RESOLUTION = /^(bluray|bd|webdl|webrip|hdtv|web)(\d{3,4})p$/;

function tech(f: QualityFeatures, i: number): void {
  if (i < f.firstTech) f.firstTech = i;
}

function setSource(f: QualityFeatures, s: RawSource, t: Token, i: number): void {
  f.source = s;
  f.sourceToken = t;
  tech(f, i);
}

function addAudio(f: QualityFeatures, a: AudioCodec): void {
  if (!f.audioCodecs.includes(a)) f.audioCodecs.push(a);
}

function addHdr(f: QualityFeatures, h: Hdr): void {
  if (!f.hdr.includes(h)) f.hdr.push(h);
}

function normalizeHeight(h: number): number | null {
  if (h >= 2000) return 2160;
  if (h >= 1000) return 1080;
  if (h >= 900) return 720;
  if (h >= 700) return 720;
  if (h >= 570) return 576;
  if (h >= 530) return 540;
  if (h >= 470) return 480;
  if (h >= 350) return 360;
  return null;
}

/** A frame size: the larger of what the height says and what the width says for a 16:9 frame (1920x800 is 1080p). */
function fromDimensions(w: number, h: number): number | null {
  if (w < h) return null;
  const byHeight = normalizeHeight(h) ?? 0;
  const byWidth = w >= 3200 ? 2160 : w >= 1800 ? 1080 : w >= 1200 ? 720 : 0;
  const res = Math.max(byHeight, byWidth);
  return res === 0 ? null : res;
}

const PAIR_FIRST = new Set<string>([
  "web",
  "blu",
  "hd",
  "br",
  "bd",
  "sd",
  "ws",
  "dvd",
  "cam",
  "h",
  "x",
  "vc",
  "mpeg",
  "mpg",
  "vp",
]);
const OTHER_WORDS = new Set<string>([
  "bd",
  "web",
  "raw",
  "rawhd",
  "fhd",
  "uhd",
  "ultra",
  "ultrahd",
  "remux",
  "remuxed",
  "mvc",
  "iso",
  "bdmv",
  "mkv",
  "wmv",
  "d3g",
  "complete",
  "hi10p",
  "hi10",
  "dolby",
  "true",
  "e",
  "atmos",
  "german",
  "ger",
  "dl",
  "ml",
  "hr",
  "hsbs",
  "sbs",
  "hou",
  "htab",
]);

function interesting(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const w = t.lower;
  return (
    SOURCE_WORDS.has(w) ||
    CODEC_WORDS.has(w) ||
    AUDIO_WORDS.has(w) ||
    HDR_WORDS.has(w) ||
    OTHER_WORDS.has(w) ||
    PAIR_FIRST.has(w) ||
    UPPERCASE_SOURCES.has(t.text) ||
    STREAMING_SERVICES.has(t.text) ||
    (w.endsWith("p") && GLUED_RESOLUTION.test(w)) ||
    ((c === 104 || c === 120 || c === 97) && CODEC_DEPTH.test(w))
  );
}

/** Words that make a neighbouring bare number ("720 x264", "[1080.Hi10p]") a resolution. */
function technicalWord(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const w = t.lower;
  return (
    SOURCE_WORDS.has(w) ||
    CODEC_WORDS.has(w) ||
    AUDIO_WORDS.has(w) ||
    HDR_WORDS.has(w) ||
    RESOLUTION.test(w) ||
    CODEC_DEPTH.test(w) ||
    /^(?:hi10p?|10bits?|8bits?|web|bd|hd|sd|fhd|uhd|4k|remux|hdrip|x|h|mkv|mp4|avi)$/.test(w)
  );
}

/** "720 x264", "(1080 BluRay)", "[1080.Hi10p]", "[720]": a height written without its "p". */
function bareHeight(tokens: Token[], i: number, name: string): boolean {
  const t = tokens[i];
  if (i === 0 || !BARE_HEIGHTS.has(t.lower)) return false;
  if (technicalWord(tokens[i - 1]) || technicalWord(tokens[i + 1])) return true;
  const open = t.before[t.before.length - 1];
  const close = name[t.end];
  return (open === "[" && close === "]") || (open === "(" && close === ")");
}

function webInContext(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (next && joined(t, next) && next.lower.startsWith("rip")) return false;
  if (t.text === "WEB") return true;
  if (/[[(]\s*$/.test(t.before)) return true;
  const prev = tokens[i - 1];
  const technical = (x: Token | undefined): boolean =>
    x !== undefined &&
    (RESOLUTION.test(x.lower) ||
      CODEC_WORDS.has(x.lower) ||
      AUDIO_WORDS.has(x.lower) ||
      HDR_WORDS.has(x.lower) ||
      STREAMING_SERVICES.has(x.text) ||
      x.lower === "sdr" ||
      x.lower === "hybrid" ||
      x.lower === "h" ||
      x.lower === "x");
  return technical(prev) || technical(next);
}

export function detectQuality(tokens: Token[], name: string): QualityFeatures {
  const f: QualityFeatures = {
    source: null,
    sourceToken: null,
    resolution: null,
    resolutionToken: null,
    remux: false,
    rawhd: false,
    discImage: false,
    discCodec: false,
    discExcluded: false,
    germanScene: false,
    bracketWebdl: false,
    bracketHdtv: false,
    animeWeb: false,
    highDefPdtv: false,
    codec: null,
    codecToken: null,
    bitDepth: null,
    hdr: [],
    audioCodecs: [],
    channels: null,
    atmos: false,
    service: null,
    threeD: false,
    firstTech: tokens.length,
    bareResolutionAt: null,
  };
  let fallbackResolution: number | null = null;
  let fallbackToken: Token | null = null;
  let bareResolution: number | null = null;
  let bareToken: Token | null = null;
  let sawHi10 = false;
  let sawBluray = false;
  let sawGerman = false;
  let sawDlMl = false;
  let sawHevc = false;
  let sawComplete = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!interesting(t)) continue;
    const w = t.lower;
    const next = tokens[i + 1];
    const pairKey = next && PAIR_FIRST.has(w) && joined(t, next) ? `${w} ${next.lower}` : null;

    // Sources: a joined pair wins over the single word.
    const pairSource = pairKey ? SOURCE_PAIRS.get(pairKey) : undefined;
    if (pairSource) {
      setSource(f, pairSource, t, i);
      if (pairKey === "hd dvd" || pairKey === "blu ray") sawBluray = true;
      if (pairKey === "br disk") f.discImage = true;
      i++;
      continue;
    }
    const single = SOURCE_WORDS.get(w) ?? UPPERCASE_SOURCES.get(t.text);
    if (single) {
      setSource(f, single, t, i);
      if (single === "bluray") sawBluray = true;
      if (/^(?:bd(?:25|50|66|100)|bdiso|brdisk|bdmv)$/.test(w)) f.discImage = true;
      if (w === "bdremux" || w === "uhdremux") f.remux = true;
      if (w === "uhdremux" || w === "uhdbluray") fallbackResolution ??= 2160;
      if (w === "bdrip" || w === "brrip" || w === "uhdbdrip") f.discExcluded = true;
      if (w === "dvd" && tokens[i - 1]?.lower !== "hd") f.discExcluded = true;
      if (w === "dvdrip") f.discExcluded = true;
      continue;
    }
    if (w === "bd" && i < tokens.length - 1) {
      if (next && joined(t, next) && /^(?:25|50|66|100)$/.test(next.lower)) {
        setSource(f, "bluray", t, i);
        f.discImage = true;
        sawBluray = true;
        i++;
        continue;
      }
      setSource(f, "bluray", t, i);
      sawBluray = true;
      continue;
    }
    if (w === "web") {
      if (webInContext(tokens, i)) {
        setSource(f, "webdl", t, i);
        if (/[[(]\s*$/.test(t.before)) f.animeWeb = true;
      }
      continue;
    }
    if (w === "raw" && next && next.lower === "hd" && joined(t, next)) {
      f.rawhd = true;
      tech(f, i);
      i++;
      continue;
    }
    if (w === "rawhd") {
      f.rawhd = true;
      tech(f, i);
      continue;
    }
    const glued = GLUED_RESOLUTION.exec(w);
    if (glued) {
      setSource(
        f,
        glued[1] === "bd" || glued[1] === "bluray"
          ? "bluray"
          : glued[1] === "hdtv"
            ? "hdtv"
            : glued[1] === "webrip"
              ? "webrip"
              : "webdl",
        t,
        i,
      );
      if (glued[1] === "bd" || glued[1] === "bluray") sawBluray = true;
      f.resolution = normalizeHeight(Number(glued[2]));
      f.resolutionToken = t;
      continue;
    }

    // Resolution.
    const r = RESOLUTION.exec(w);
    if (r) {
      const h = Number(r[1]);
      const res = h === 1440 ? 1080 : h === 960 ? 720 : normalizeHeight(h);
      if (res !== null) {
        f.resolution = res;
        f.resolutionToken = t;
        tech(f, i);
        if (res === 720 && f.discExcluded === false && w === "720p") f.discExcluded = true;
        if (w === "1080i" || w === "1080p") {
          /* kept for Raw-HD and disc rules below */
        }
      }
      if (next && joined(t, next) && next.lower === "remux" && next.before === "-") f.remux = true;
      continue;
    }
    if (bareResolution === null && f.resolution === null && bareHeight(tokens, i, name)) {
      const h = Number(w);
      bareResolution = h === 1440 ? 1080 : normalizeHeight(h);
      bareToken = t;
      tech(f, i);
      continue;
    }
    const d = DIMENSIONS.exec(w);
    if (d) {
      const res = fromDimensions(Number(d[1]), Number(d[2]));
      if (res !== null) {
        f.resolution = res;
        f.resolutionToken = t;
        tech(f, i);
      }
      continue;
    }
    if (/^\d{3,4}$/.test(w) && next && /^\s?[*×]\s?$/.test(next.before) && /^\d{3,4}$/.test(next.lower)) {
      const res = fromDimensions(Number(w), Number(next.lower));
      if (res !== null) {
        f.resolution = res;
        f.resolutionToken = t;
        tech(f, i);
      }
      i++;
      continue;
    }
    if (w === "4kto1080p") {
      f.resolution = 1080;
      f.resolutionToken = t;
      tech(f, i);
      continue;
    }
    if (w === "fhd") {
      fallbackResolution = 1080;
      fallbackToken = t;
      tech(f, i);
      continue;
    }
    if (w === "4k" || w === "uhd" || (w === "ultra" && next?.lower === "hd") || w === "ultrahd") {
      if (fallbackResolution === null || w === "4k") {
        fallbackResolution = 2160;
        fallbackToken = t;
      }
      if (i > 0) tech(f, i);
      continue;
    }

    if (w === "remux" || w === "remuxed") {
      const prev = tokens[i - 1];
      const glue = t.before;
      if (
        glue !== "-" ||
        (prev &&
          (RESOLUTION.test(prev.lower) || prev.lower === "hybrid" || prev.lower === "bd" || prev.lower === "uhd"))
      ) {
        f.remux = true;
        tech(f, i);
      }
      continue;
    }

    // Video codec.
    const codecPair = pairKey ? CODEC_PAIRS.get(pairKey) : undefined;
    const depth = CODEC_DEPTH.exec(w);
    if (depth) f.bitDepth = Number(depth[2]);
    const codec = codecPair ?? CODEC_WORDS.get(depth ? depth[1] : w);
    if (codec) {
      if (w === "dvdivx" && f.source === null) setSource(f, "dvd", t, i);
      if (f.codec === null || codec !== "h264" || f.codec === "h264") {
        f.codec = codec;
        f.codecToken = t;
      }
      if (codec === "h265" && w === "hevc") sawHevc = true;
      if (codec === "mpeg2" || codec === "vc1" || w === "avc" || w === "hevc") f.discCodec = true;
      if (/^[xh]26[456]$/.test(w) || (codecPair !== undefined && pairKey !== "vc 1" && pairKey !== "mpeg 2"))
        f.discExcluded = true;
      if (codec === "xvid" || codec === "divx" || codec === "wmv") f.discExcluded = true;
      tech(f, i);
      if (codecPair) i++;
      continue;
    }
    if (w === "mvc") f.discCodec = true;
    if (w === "iso" || w === "bdmv") f.discCodec = true;
    if (w === "mkv" || w === "wmv" || w === "d3g") f.discExcluded = true;
    if (
      w === "complete" &&
      next &&
      (next.lower === "bluray" || (next.lower === "blu" && tokens[i + 2]?.lower === "ray"))
    )
      sawComplete = true;

    // Bit depth.
    if (/^(?:10|8|12)bits?$/.test(w) || w === "hi10p" || w === "hi10") {
      if (w.startsWith("hi10")) sawHi10 = true;
      f.bitDepth = w.startsWith("12") ? 12 : w.startsWith("8") ? 8 : 10;
      continue;
    }
    if ((w === "10" || w === "8" || w === "12") && next && /^bits?$/.test(next.lower) && next.start - t.end <= 1) {
      f.bitDepth = Number(w);
      i++;
      continue;
    }

    // HDR.
    if (w === "dolby" && next?.lower === "vision") {
      addHdr(f, "dolby-vision");
      i++;
      continue;
    }
    if (w === "hdr10" && (name[t.end] === "+" || (next && next.lower === "plus" && next.start - t.end <= 1))) {
      addHdr(f, "hdr10+");
      if (next?.lower === "plus") i++;
      continue;
    }
    const hdr = HDR_WORDS.get(w);
    if (hdr && (w !== "dv" || t.text === "DV")) {
      addHdr(f, hdr);
      if (i > 0) tech(f, i);
      continue;
    }

    // Audio.
    if (w === "dts" && next && joined(t, next) && /^(?:hd|ma|x|es|hr)$/.test(next.lower)) {
      addAudio(f, next.lower === "x" ? "dts-x" : next.lower === "es" ? "dts" : "dts-hd");
      i++;
      continue;
    }
    if ((w === "true" && next?.lower === "hd") || (w === "e" && next?.lower === "ac3" && joined(t, next))) {
      addAudio(f, w === "true" ? "truehd" : "eac3");
      i++;
      continue;
    }
    const audio = AUDIO_WORDS.get(w);
    if (audio) {
      addAudio(f, w === "dd" && name[t.end] === "+" ? "eac3" : audio);
      const digits = /(\d)$/.exec(w);
      if (digits && next && /^[01]$/.test(next.lower) && next.before.length === 1) {
        f.channels = `${digits[1].length === 1 && w.endsWith("20") ? "2" : digits[1]}.${next.lower}`;
        if (w.endsWith("51")) f.channels = "5.1";
      } else if (/(?:51|20)$/.test(w)) {
        f.channels = w.endsWith("51") ? "5.1" : "2.0";
      }
      continue;
    }
    if (w === "atmos") {
      f.atmos = true;
      continue;
    }
    if (
      /^[1-9]$/.test(w) &&
      next &&
      /^[01](?:ch)?$/.test(next.lower) &&
      next.before.length === 1 &&
      f.audioCodecs.length > 0 &&
      f.channels === null
    ) {
      f.channels = `${w}.${next.lower[0]}`;
      i++;
      continue;
    }
    const ch = /^([2-8])ch$/.exec(w);
    if (ch && f.channels === null) {
      f.channels = ch[1] === "6" ? "5.1" : ch[1] === "8" ? "7.1" : ch[1] === "2" ? "2.0" : `${ch[1]}.0`;
      continue;
    }

    if (w === "german" || w === "ger") sawGerman = true;
    if ((w === "dl" || w === "ml") && sawGerman) sawDlMl = true;
    if (w === "hr" && next?.lower === "ws") f.highDefPdtv = true;
    if (w === "3d" || w === "hsbs" || w === "sbs" || w === "hou" || w === "htab") f.threeD = true;
    const service = STREAMING_SERVICES.get(t.text) ?? STREAMING_SERVICES.get(t.text.toUpperCase());
    if (service && f.service === null && (t.text.length > 2 || i > 0)) f.service = service;
  }

  if (f.resolution === null && bareResolution !== null) {
    f.resolution = bareResolution;
    f.resolutionToken = bareToken;
    f.bareResolutionAt = bareToken?.start ?? null;
  }
  // Hi10P is a profile of H.264: without another codec word it names the codec too.
  if (f.codec === null && sawHi10) f.codec = "h264";
  if (f.resolution === null && fallbackResolution !== null) {
    f.resolution = fallbackResolution;
    f.resolutionToken = fallbackToken;
  }
  f.bracketWebdl = /\[WEB-?DL\]/i.test(name);
  f.bracketHdtv = /\[HDTV\]/i.test(name);
  if (sawComplete) f.discImage = true;
  if (sawHevc && f.resolution === 1080) f.discExcluded = true;
  f.germanScene = sawGerman && sawDlMl && sawBluray;
  if (f.codec === "mpeg2" && (f.source === "hdtv" || (f.source === null && name.includes("1080i")))) f.rawhd = true;
  if (!sawBluray) f.discCodec = f.discCodec && f.discImage;
  return f;
}
