import { qualityByName } from "@/lib/release";
import type { MediaFile } from "@/lib/library";
import { arrLanguageOf } from "./languages";
import type { Persona } from "./persona";
import { arrQualityOf } from "./qualities";
import { NEVER } from "./title-common";

/** A file's quality as the persona names it (Mydia stores the quality's name; an unknown one is "Unknown"). */
export function qualityModelOf(persona: Persona, name: string | null) {
  const known = qualityByName(name ?? "Unknown") ?? qualityByName("Unknown")!;
  const quality = arrQualityOf(persona, known.id) ?? arrQualityOf(persona, 0)!;
  return { quality: quality.resource, revision: { version: 1, real: 0, isRepack: false } };
}

const runTime = (seconds: number | null) => {
  if (seconds === null) return null;
  const s = Math.round(seconds);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${Math.floor(s / 3600)}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
};

/** ffprobe's facts in the *arr MediaInfoResource shape. */
export function mediaInfoOf(file: MediaFile, id: number) {
  const info = file.mediaInfo;
  const audio = info?.audio[0];
  const video = info?.video;
  const languages = (tracks: { language: string | null }[]) =>
    [...new Set(tracks.map((t) => t.language).filter((l): l is string => !!l))].join("/");
  return {
    id,
    audioBitrate: 0,
    audioChannels: audio?.channels ?? 0,
    audioCodec: audio?.codec ?? null,
    audioLanguages: info ? languages(info.audio) : null,
    audioStreamCount: info?.audio.length ?? 0,
    videoBitDepth: video?.bitDepth ?? 0,
    videoBitrate: info?.bitrate ?? 0,
    videoCodec: video?.codec ?? null,
    videoFps: video?.frameRate ?? 0,
    videoDynamicRange: video?.hdr ? "HDR" : "",
    videoDynamicRangeType: video?.hdr ?? "",
    resolution: video?.width && video.height ? `${video.width}x${video.height}` : null,
    runTime: runTime(info?.durationSeconds ?? null),
    scanType: "Progressive",
    subtitles: info ? languages(info.subtitles) : null,
  };
}

function fileLanguages(file: MediaFile) {
  const codes = [...new Set((file.mediaInfo?.audio ?? []).map((t) => t.language))];
  const languages = codes.map(arrLanguageOf).filter((l, i, all) => all.findIndex((o) => o.id === l.id) === i);
  return languages.length ? languages : [arrLanguageOf(null)];
}

/** The path relative to the title's folder, as Radarr and Sonarr give it. */
const relativeToTitle = (file: MediaFile) => file.relativePath.split("/").slice(1).join("/") || file.relativePath;

export function toMovieFile(file: MediaFile, id: number, movieId: number) {
  return {
    id,
    movieId,
    relativePath: relativeToTitle(file),
    path: file.path,
    size: file.size,
    dateAdded: file.addedAt ? new Date(file.addedAt).toISOString() : NEVER,
    sceneName: null,
    releaseGroup: file.releaseGroup,
    edition: file.edition,
    languages: fileLanguages(file),
    quality: qualityModelOf("radarr", file.quality),
    customFormats: [],
    customFormatScore: 0,
    indexerFlags: 0,
    mediaInfo: mediaInfoOf(file, id),
    originalFilePath: null,
    qualityCutoffNotMet: false,
  };
}

export function toEpisodeFile(file: MediaFile, id: number, seriesId: number, seasonNumber: number) {
  return {
    id,
    seriesId,
    seasonNumber,
    relativePath: relativeToTitle(file),
    path: file.path,
    size: file.size,
    dateAdded: file.addedAt ? new Date(file.addedAt).toISOString() : NEVER,
    sceneName: null,
    releaseGroup: file.releaseGroup,
    languages: fileLanguages(file),
    quality: qualityModelOf("sonarr", file.quality),
    customFormats: [],
    customFormatScore: 0,
    indexerFlags: 0,
    releaseType: file.episodeIds.length > 1 ? "multiEpisode" : "singleEpisode",
    mediaInfo: mediaInfoOf(file, id),
    qualityCutoffNotMet: false,
  };
}
