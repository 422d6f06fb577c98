import path from "node:path";
import type { ExistingFile } from "./context";
import { matchFormats, releaseTypeOf, totalScore } from "./formats";
import type { QualityContextPart } from "./load-context";
import { parse, qualityByName, qualityFor, type ReleaseHints } from "@/lib/release";

/** What the library knows of one video on disk (lib/library's MediaFile has these fields). */
export interface HeldVideo {
  relativePath: string;
  size: number;
  quality: string | null;
  releaseGroup: string | null;
  episodeKeys?: readonly string[];
}

/**
 * A library file as the decision engine sees it: the quality the library recorded, the revision
 * and custom formats read again from its file name (what Sonarr and Radarr do for files without
 * a stored scene name).
 */
export function toExistingFile(file: HeldVideo, quality: QualityContextPart, hints: ReleaseHints = {}): ExistingFile {
  const name = path.posix.basename(file.relativePath).replace(/\.[a-z0-9]{2,4}$/i, "");
  const release = parse(name, hints);
  const qualityId =
    (file.quality ? qualityByName(file.quality)?.id : undefined) ??
    qualityFor(release.quality.source, release.quality.resolution, release.quality.modifier).id;
  const formats = matchFormats(quality.formats, quality.profile, {
    title: name,
    release,
    size: file.size,
    flags: [],
    releaseType: releaseTypeOf(release),
  });
  return {
    qualityId,
    revision: { version: release.quality.revision.version, real: release.quality.revision.real },
    formatScore: totalScore(formats),
    releaseGroup: file.releaseGroup ?? release.group,
    ...(file.episodeKeys ? { episodeKeys: file.episodeKeys } : {}),
  };
}
