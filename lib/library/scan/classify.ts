import type { MediaFileRole } from "../library.types";

/** What a file in a library is, from its name and folders (Plex/Jellyfin/Kodi conventions). */
const VIDEO = new Set([
  "mkv",
  "mp4",
  "m4v",
  "avi",
  "mov",
  "wmv",
  "ts",
  "m2ts",
  "mts",
  "mpg",
  "mpeg",
  "webm",
  "flv",
  "ogm",
  "divx",
  "vob",
  "iso",
  "3gp",
  "rmvb",
]);
const SUBTITLE = new Set(["srt", "ass", "ssa", "sub", "idx", "sup", "vtt", "smi"]);
const NFO = new Set(["nfo"]);

const EXTRA_FOLDERS: Record<string, MediaFileRole> = {
  trailers: "trailer",
  featurettes: "featurette",
  extras: "extra",
  "behind the scenes": "extra",
  "deleted scenes": "extra",
  interviews: "extra",
  scenes: "extra",
  shorts: "extra",
  other: "extra",
  specials: "video",
  samples: "sample",
  sample: "sample",
};
const EXTRA_SUFFIX =
  /-(trailer|featurette|behindthescenes|deleted|deletedscene|interview|scene|short|other|extra|sample)$/i;
const SAMPLE_WORD = /(?:^|[ ._-])sample(?:$|[ ._-])/i;

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
};

/** Cheap filter used by the walk: is this a file the library cares about? */
export function isLibraryFile(name: string): boolean {
  const ext = extensionOf(name);
  return VIDEO.has(ext) || SUBTITLE.has(ext) || NFO.has(ext);
}

/** Folders the scan never enters: hidden ones (Mydia's recycle bin, temp files), NAS metadata, trash. */
export function isSkippedFolder(name: string): boolean {
  return (
    name.startsWith(".") ||
    name.startsWith("@") ||
    name === "#recycle" ||
    name === "$RECYCLE.BIN" ||
    name === "lost+found"
  );
}

export function classify(relativePath: string): MediaFileRole | null {
  const parts = relativePath.split("/");
  const file = parts[parts.length - 1];
  const ext = extensionOf(file);
  if (SUBTITLE.has(ext)) return "subtitle";
  if (NFO.has(ext)) return "nfo";
  if (!VIDEO.has(ext)) return null;
  for (const folder of parts.slice(0, -1)) {
    const role = EXTRA_FOLDERS[folder.toLowerCase()];
    if (role && role !== "video") return role;
  }
  const base = file.slice(0, file.length - ext.length - 1);
  const suffix = EXTRA_SUFFIX.exec(base);
  if (suffix) {
    const kind = suffix[1].toLowerCase();
    return kind === "trailer"
      ? "trailer"
      : kind === "featurette"
        ? "featurette"
        : kind === "sample"
          ? "sample"
          : "extra";
  }
  if (SAMPLE_WORD.test(base)) return "sample";
  return "video";
}
