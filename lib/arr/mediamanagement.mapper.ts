import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { RECYCLE_FOLDER, type ImportMode } from "@/lib/library";
import type { Persona } from "./persona";

/** What the persona's libraries hold that media management shows: the first library's values (all are changed together). */
export interface LibrarySide {
  path: string | null;
  importMode: ImportMode;
  recycleDays: number;
  /** Mydia's automation setting, shared by both personas. */
  propers: PropersAndRepacks;
}

type PropersAndRepacks = "prefer-and-upgrade" | "do-not-upgrade" | "do-not-prefer";
const PROPERS: Record<PropersAndRepacks, string> = {
  "prefer-and-upgrade": "preferAndUpgrade",
  "do-not-upgrade": "doNotUpgrade",
  "do-not-prefer": "doNotPrefer",
};

/**
 * Settings Radarr and Sonarr expose that Mydia does not make configurable: answered as Mydia behaves,
 * and refused when a client asks for something else.
 */
function fixedValues(persona: Persona): Record<string, unknown> {
  return {
    [persona === "radarr" ? "autoUnmonitorPreviouslyDownloadedMovies" : "autoUnmonitorPreviouslyDownloadedEpisodes"]:
      false,
    [persona === "radarr" ? "createEmptyMovieFolders" : "createEmptySeriesFolders"]: false,
    deleteEmptyFolders: false,
    fileDate: "none",
    rescanAfterRefresh: "always",
    ...(persona === "radarr" ? { autoRenameFolders: false, pathsDefaultStatic: false } : {}),
    setPermissionsLinux: false,
    chmodFolder: "755",
    chownGroup: "",
    ...(persona === "sonarr" ? { episodeTitleRequired: "always" } : {}),
    skipFreeSpaceCheckWhenImporting: false,
    minimumFreeSpaceWhenImporting: 100,
    useScriptImport: false,
    scriptImportPath: "",
    importExtraFiles: true,
    extraFileExtensions: "srt,ass,ssa,sub,idx,sup,vtt,smi,nfo",
    enableMediaInfo: true,
  };
}

const WHY: Record<string, string> = {
  importExtraFiles: "Mydia imports subtitles and .nfo files beside the video",
  extraFileExtensions: "Mydia imports the extra files srt, ass, ssa, sub, idx, sup, vtt, smi and nfo",
  enableMediaInfo: "Mydia always reads media info with ffprobe",
};

const recycleBinOf = (side: LibrarySide) => (side.path ? `${side.path.replace(/\/+$/, "")}/${RECYCLE_FOLDER}` : "");

/** MediaManagementConfigResource from the persona's libraries. */
export function toArrMediaManagement(persona: Persona, side: LibrarySide) {
  return {
    id: 1,
    ...fixedValues(persona),
    recycleBin: recycleBinOf(side),
    recycleBinCleanupDays: side.recycleDays,
    downloadPropersAndRepacks: PROPERS[side.propers],
    copyUsingHardlinks: side.importMode === "hardlink",
  };
}

export const arrMediaManagementBody = z.record(z.string(), z.unknown());

export interface MediaManagementChange {
  recycleDays?: number;
  importMode?: ImportMode;
  propersAndRepacks?: PropersAndRepacks;
}

/** The change: cleanup days and hardlinks (libraries), propers (automation); every other setting must be Mydia's own value. */
export function fromArrMediaManagement(
  persona: Persona,
  body: Record<string, unknown>,
  side: LibrarySide,
): MediaManagementChange {
  const problems: Record<string, string> = {};
  const fixed = fixedValues(persona);
  for (const [key, value] of Object.entries(fixed))
    if (key in body && body[key] !== value && body[key] !== null)
      problems[key] = WHY[key] ?? `Mydia does not offer this setting; it behaves as ${JSON.stringify(value)}`;
  if (typeof body.recycleBin === "string" && body.recycleBin !== recycleBinOf(side))
    problems.recycleBin = `Mydia keeps a recycle bin in each library's root (${RECYCLE_FOLDER}); it cannot be moved or turned off`;
  const change: MediaManagementChange = {};
  if (body.downloadPropersAndRepacks !== undefined) {
    const propers = (Object.keys(PROPERS) as PropersAndRepacks[]).find(
      (p) => PROPERS[p] === body.downloadPropersAndRepacks,
    );
    if (propers) change.propersAndRepacks = propers;
    else problems.downloadPropersAndRepacks = `One of ${Object.values(PROPERS).join(", ")}`;
  }
  if (body.recycleBinCleanupDays !== undefined) {
    const days = body.recycleBinCleanupDays;
    if (typeof days === "number" && Number.isInteger(days) && days >= 0 && days <= 365) change.recycleDays = days;
    else problems.recycleBinCleanupDays = "Between 0 (keep until emptied by hand) and 365 days";
  }
  if (typeof body.copyUsingHardlinks === "boolean") {
    if (body.copyUsingHardlinks) change.importMode = "hardlink";
    else if (side.importMode === "hardlink") change.importMode = "copy";
  }
  if (Object.keys(problems).length > 0)
    throw new ValidationError("Mydia cannot use these media management settings", { fields: problems });
  return change;
}
