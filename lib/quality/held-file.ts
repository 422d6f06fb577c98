import path from "node:path";
import type { ExistingFile } from "./context";
import { matchFormats, releaseTypeOf, totalScore } from "./formats";
import type { QualityContextPart } from "./load-context";
import type { CustomFormat, QualityProfile } from "./model";
import { parse, qualityByName, qualityFor, type ReleaseHints, type ReleaseInfo } from "@/lib/release";

/** What the library knows of one video on disk (lib/library's MediaFile has these fields). */
export interface HeldVideo {
  relativePath: string;
  size: number;
  quality: string | null;
  releaseGroup: string | null;
  episodeKeys?: readonly string[];
}

/** What a file's name says of its quality, profile-independent: stored by the library at scan and import. */
export interface FileQuality {
  qualityId: number;
  /** Ids of the custom formats the file matches (their score depends on the profile). */
  customFormatIds: string[];
}

const noProfileScores = { formatScores: {} } as QualityProfile;

function read(file: Pick<HeldVideo, "relativePath" | "quality" | "size">, hints: ReleaseHints) {
  const name = path.posix.basename(file.relativePath).replace(/\.[a-z0-9]{2,4}$/i, "");
  const release: ReleaseInfo = parse(name, hints);
  const qualityId =
    (file.quality ? qualityByName(file.quality)?.id : undefined) ??
    qualityFor(release.quality.source, release.quality.resolution, release.quality.modifier).id;
  const input = { title: name, release, size: file.size, flags: [], releaseType: releaseTypeOf(release) };
  return { release, qualityId, input };
}

/**
 * The quality and custom formats of a library file, read from its recorded quality and its name.
 * Wanted → Cutoff unmet ranks the stored values under each item's profile in SQL.
 */
export function fileQualityOf(
  file: Pick<HeldVideo, "relativePath" | "quality" | "size">,
  formats: readonly CustomFormat[],
  hints: ReleaseHints = {},
): FileQuality {
  const r = read(file, hints);
  return {
    qualityId: r.qualityId,
    customFormatIds: matchFormats(formats, noProfileScores, r.input).map((m) => m.id),
  };
}

/**
 * A library file as the decision engine sees it: the quality the library recorded, the revision
 * and custom formats read again from its file name (what Sonarr and Radarr do for files without
 * a stored scene name).
 */
export function toExistingFile(file: HeldVideo, quality: QualityContextPart, hints: ReleaseHints = {}): ExistingFile {
  const { release, qualityId, input } = read(file, hints);
  const formats = matchFormats(quality.formats, quality.profile, input);
  return {
    qualityId,
    revision: { version: release.quality.revision.version, real: release.quality.revision.real },
    formatScore: totalScore(formats),
    releaseGroup: file.releaseGroup ?? release.group,
    ...(file.episodeKeys ? { episodeKeys: file.episodeKeys } : {}),
  };
}
