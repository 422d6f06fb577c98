import { constants } from "node:fs";
import { access, stat, statfs } from "node:fs/promises";
import { systemActor } from "@/lib/accounts";
import { readAutomationSettings } from "@/lib/automation";
import { getConfig } from "@/lib/config";
import { recentDownloadFolders } from "@/lib/downloads";
import { listLibraries, remotePathMapper, type Library } from "@/lib/library";
import { fixes, problem, type Check, type HealthCheck } from "./health-check";

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

async function writable(folder: string): Promise<string | null> {
  try {
    await access(folder, constants.W_OK);
    return null;
  } catch (error) {
    return errno(error) === "EROFS" ? "it is on a read-only filesystem" : "Mydia may not write into it";
  }
}

/** Sonarr's RootFolderCheck: a library folder that is gone, unreadable or read-only (imports fail there). */
export const libraryFolderChecks: Check = async () => {
  const found: HealthCheck[] = [];
  for (const library of await listLibraries(systemActor)) {
    if (library.problem) {
      found.push(
        problem(
          "RootFolderCheck",
          "error",
          `Library "${library.name}": ${library.problem}. Mount the folder again or point the library at the right one.`,
          fixes.libraries,
        ),
      );
      continue;
    }
    const denied = await writable(library.path);
    if (denied)
      found.push(
        problem(
          "RootFolderCheck",
          "error",
          `Library "${library.name}": ${library.path} cannot be written (${denied}), so nothing can be imported into it.`,
          fixes.libraries,
        ),
      );
  }
  return found;
};

interface VisibleFolder {
  clientName: string;
  remote: string;
  local: string;
  device: number;
}

/** The download folders clients reported, mapped onto this server: those Mydia cannot see, and the others' devices. */
async function downloadFolders(): Promise<{ hidden: HealthCheck[]; visible: VisibleFolder[] }> {
  const [folders, map] = await Promise.all([recentDownloadFolders(), remotePathMapper()]);
  const hidden: HealthCheck[] = [];
  const visible: VisibleFolder[] = [];
  for (const { clientName, folder } of folders) {
    const local = map(folder);
    try {
      const info = await stat(local);
      if (info.isDirectory()) visible.push({ clientName, remote: folder, local, device: info.dev });
    } catch (error) {
      const mapped = local === folder ? folder : `${folder} (mapped to ${local})`;
      hidden.push(
        problem(
          "RemotePathMappingCheck",
          "error",
          `${clientName} puts downloads in ${mapped}, which Mydia cannot see (${errno(error)}). When the client runs in another container or machine, add a remote path mapping from its folder to where that folder is mounted here.`,
          fixes.pathMappings,
        ),
      );
    }
  }
  return { hidden, visible };
}

/**
 * Download folders Mydia cannot see (Sonarr's RemotePathMappingCheck), and libraries that import by
 * hardlink from a download folder on another filesystem: a hardlink cannot cross filesystems, so
 * every import becomes a full copy (twice the space, slow).
 */
export const downloadFolderChecks: Check = async () => {
  const [{ hidden, visible }, libraries] = await Promise.all([downloadFolders(), listLibraries(systemActor)]);
  const found = [...hidden];
  const linking = libraries.filter((l) => l.importMode === "hardlink" && !l.problem);
  const devices = new Map<string, number>();
  for (const library of linking) devices.set(library.id, (await stat(library.path)).dev);
  const reported = new Set<string>();
  for (const folder of visible)
    for (const library of linking) {
      const key = `${folder.local}\0${library.id}`;
      if (folder.device === devices.get(library.id) || reported.has(key)) continue;
      reported.add(key);
      found.push(hardlinkProblem(folder, library));
    }
  return found;
};

function hardlinkProblem(folder: VisibleFolder, library: Library): HealthCheck {
  return problem(
    "ImportMechanismCheck",
    "warning",
    `${folder.local} (${folder.clientName}'s downloads) and library "${library.name}" (${library.path}) are on different filesystems: hardlinks are impossible, so imports copy every file. Put both under one mount (one volume in Docker) to import instantly without using twice the space.`,
    fixes.libraries,
  );
}

async function freeBytes(folder: string): Promise<number | null> {
  try {
    const info = await statfs(folder);
    return info.bavail * info.bsize;
  } catch {
    return null;
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString("en")} MB`;

/** A library or the data folder with less free space than Settings → General → Keep free. */
export const diskSpaceChecks: Check = async () => {
  const [{ minimumFreeSpaceMb }, libraries] = await Promise.all([readAutomationSettings(), listLibraries(systemActor)]);
  const threshold = minimumFreeSpaceMb * 1024 * 1024;
  const folders = [
    { label: "The data folder", path: getConfig().dataDir, free: await freeBytes(getConfig().dataDir) },
    ...libraries.map((l) => ({ label: `Library "${l.name}"`, path: l.path, free: l.space?.freeBytes ?? null })),
  ];
  return folders
    .filter((f) => f.free !== null && f.free < threshold)
    .map((f) =>
      problem(
        "DiskSpaceCheck",
        "warning",
        `${f.label} (${f.path}) has ${mb(f.free!)} free, less than the ${mb(threshold)} Mydia keeps free: grabs that would not fit are refused.`,
        fixes.freeSpace,
      ),
    );
};
