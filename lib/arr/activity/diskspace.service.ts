import { statfs } from "node:fs/promises";
import type { Actor } from "@/lib/accounts";
import { getConfig } from "@/lib/config";
import { listLibraries } from "@/lib/library";
import type { Persona } from "../persona";

export interface ArrDiskSpace {
  id: number;
  path: string;
  label: string;
  freeSpace: number;
  totalSpace: number;
}

/**
 * GET diskspace: the free and total space of each library folder of the persona's kind (movies for
 * Radarr, TV for Sonarr) and of Mydia's data folder. A folder that cannot be read is left out.
 */
export async function arrDiskSpace(actor: Actor, persona: Persona): Promise<ArrDiskSpace[]> {
  const kind = persona === "radarr" ? "movie" : "tv";
  const libraries = (await listLibraries(actor)).filter((library) => library.kind === kind);
  const entries: ArrDiskSpace[] = libraries.flatMap((library) =>
    library.space
      ? [
          {
            id: 0,
            path: library.path,
            label: library.name,
            freeSpace: library.space.freeBytes,
            totalSpace: library.space.totalBytes,
          },
        ]
      : [],
  );
  const dataDir = getConfig().dataDir;
  try {
    const stats = await statfs(dataDir);
    entries.push({
      id: 0,
      path: dataDir,
      label: "Mydia data",
      freeSpace: stats.bavail * stats.bsize,
      totalSpace: stats.blocks * stats.bsize,
    });
  } catch {
    // An unreadable data folder shows up in health; here it is simply not listed.
  }
  return entries;
}
