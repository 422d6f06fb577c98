import { execFile } from "node:child_process";
import { getConfig } from "@/lib/config";
import type { MediaInfo } from "../library.types";
import { ffprobeOutputSchema, type FfprobeOutput, type FfprobeStream } from "./ffprobe.schema";

/** ffprobe could not read a file: a missing/broken ffprobe, a vanished or corrupt file. One clear line. */
export class MediaInfoError extends Error {
  override name = "MediaInfoError";
}

const TIMEOUT_MS = 60_000;

function run(binary: string, file: string, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      binary,
      ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", "--", file],
      { timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, signal, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const e = error as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === "ENOENT")
          return reject(new MediaInfoError(`ffprobe was not found (${binary}): install ffmpeg or set FFPROBE_PATH`));
        if (e.code === "EACCES")
          return reject(new MediaInfoError(`ffprobe (${binary}) cannot be run: permission denied`));
        if (e.killed && !signal?.aborted)
          return reject(new MediaInfoError(`ffprobe took longer than ${TIMEOUT_MS / 1000} s on this file`));
        if (signal?.aborted) return reject(signal.reason ?? e);
        const line = String(stderr).trim().split("\n").filter(Boolean).pop() ?? e.message;
        reject(
          new MediaInfoError(
            `ffprobe could not read the file: ${line.replace(file, "").replace(/^:\s*/, "").slice(0, 300)}`,
          ),
        );
      },
    );
  });
}

const language = (s: FfprobeStream): string | null => {
  const lang = s.tags?.language ?? s.tags?.LANGUAGE;
  return lang && lang !== "und" ? lang : null;
};
const title = (s: FfprobeStream): string | null => s.tags?.title ?? s.tags?.TITLE ?? null;

function frameRate(value: string | undefined): number | null {
  if (!value) return null;
  const [n, d] = value.split("/").map(Number);
  if (!d || !Number.isFinite(n)) return null;
  return Math.round((n / d) * 1000) / 1000;
}

function bitDepth(s: FfprobeStream): number | null {
  if (s.bits_per_raw_sample) return s.bits_per_raw_sample;
  const m = /p(\d{2})(?:le|be)$/.exec(s.pix_fmt ?? "");
  if (m) return Number(m[1]);
  return s.pix_fmt ? 8 : null;
}

function hdrOf(
  s: FfprobeStream,
): MediaInfo["video"] extends infer V ? (V extends { hdr: infer H } ? H : never) : never {
  const sides = (s.side_data_list ?? []).map((d) => (d.side_data_type ?? "").toLowerCase());
  if (
    sides.some((t) => t.includes("dolby vision")) ||
    /dvh[e1]/i.test(String(s.codec_name) + String((s as { codec_tag_string?: string }).codec_tag_string ?? ""))
  )
    return "DV";
  if (s.color_transfer === "smpte2084")
    return sides.some((t) => t.includes("2094-40") || t.includes("hdr dynamic metadata")) ? "HDR10+" : "HDR10";
  if (s.color_transfer === "arib-std-b67") return "HLG";
  return null;
}

function resolutionOf(width: number | null, height: number | null): string | null {
  if (!width || !height) return null;
  if (width >= 3200 || height >= 2000) return "2160p";
  if (width >= 1800 || height >= 1000) return "1080p";
  if (width >= 1200 || height >= 700) return "720p";
  if (height >= 540) return "576p";
  return "480p";
}

/** ffprobe's JSON → MediaInfo (MKV keeps no per-stream duration/bitrate: the format's are used). */
export function toMediaInfo(output: FfprobeOutput): MediaInfo {
  // A "video" stream without a frame size is no picture: cover art, or bytes ffprobe guessed at (H.263 in a corrupt file).
  const video = output.streams.find(
    (s) => s.codec_type === "video" && !s.disposition?.attached_pic && (s.width ?? 0) > 0 && (s.height ?? 0) > 0,
  );
  return {
    container: output.format?.format_name?.split(",")[0] ?? null,
    durationSeconds: output.format?.duration ?? null,
    bitrate: output.format?.bit_rate ?? null,
    video: video
      ? {
          codec: video.codec_name ?? "unknown",
          width: video.width ?? null,
          height: video.height ?? null,
          resolution: resolutionOf(video.width ?? null, video.height ?? null),
          bitDepth: bitDepth(video),
          hdr: hdrOf(video),
          frameRate: frameRate(video.avg_frame_rate) ?? frameRate(video.r_frame_rate),
        }
      : null,
    audio: output.streams
      .filter((s) => s.codec_type === "audio")
      .map((s) => ({
        codec: s.codec_name ?? "unknown",
        channels: s.channels ?? null,
        layout: s.channel_layout ?? null,
        language: language(s),
        title: title(s),
      })),
    subtitles: output.streams
      .filter((s) => s.codec_type === "subtitle")
      .map((s) => ({
        codec: s.codec_name ?? "unknown",
        language: language(s),
        forced: s.disposition?.forced === 1,
        title: title(s),
      })),
  };
}

/** Reads media info with ffprobe; MediaInfoError with one clear line when it cannot. */
export async function probe(
  file: string,
  options: { signal?: AbortSignal; ffprobe?: string } = {},
): Promise<MediaInfo> {
  const stdout = await run(options.ffprobe ?? getConfig().FFPROBE_PATH, file, options.signal);
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    throw new MediaInfoError("ffprobe answered with something that is not JSON");
  }
  const parsed = ffprobeOutputSchema.safeParse(json);
  if (!parsed.success)
    throw new MediaInfoError(
      `ffprobe's answer has an unexpected shape: ${parsed.error.issues[0]?.message ?? "invalid"}`,
    );
  if (!parsed.data.streams.some((s) => s.codec_type === "video" || s.codec_type === "audio"))
    throw new MediaInfoError("ffprobe found no video or audio stream in the file");
  return toMediaInfo(parsed.data);
}

/** For naming on import: media info if it can be read, else null. */
export async function probeOrNull(file: string): Promise<MediaInfo | null> {
  try {
    return await probe(file);
  } catch {
    return null;
  }
}
