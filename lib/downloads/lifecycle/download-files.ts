import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { UnavailableError } from "@/lib/errors";
import { classify, resolveRemotePath } from "@/lib/library";
import { getDownloadClientRow } from "../download-client.repo";
import { clientFor } from "../download-client.runtime";
import type { DownloadRow } from "./download.repo";

/** Files of a download's output (a folder, or one file), at most four folders deep; hidden ones left out. */
async function filesIn(local: string, keep: (relative: string) => boolean): Promise<{ file: string; size: number }[]> {
  const info = await stat(local);
  if (info.isFile()) return keep(path.basename(local)) ? [{ file: local, size: info.size }] : [];
  const found: { file: string; size: number }[] = [];
  const walk = async (dir: string, relative: string, depth: number): Promise<void> => {
    if (depth > 4) return;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, rel, depth + 1);
      else if (entry.isFile() && keep(rel)) found.push({ file: full, size: (await stat(full)).size });
    }
  };
  await walk(local, "", 0);
  return found;
}

/** Video files of a download with their sizes (samples, trailers and extras left out), largest first. */
export async function videoFilesWithSizes(local: string): Promise<{ file: string; size: number }[]> {
  return (await filesIn(local, (rel) => classify(rel) === "video")).sort((a, b) => b.size - a.size);
}

/** Video files of a download (samples, trailers and extras left out), largest first. */
export async function videoFilesIn(local: string): Promise<string[]> {
  return (await videoFilesWithSizes(local)).map((f) => f.file);
}

/** .rar, .r00… and .part01.rar volumes: a release that has to be unpacked before it can be imported. */
const RAR_VOLUME = /\.(rar|r\d{2,3})$/i;

export async function rarArchivesIn(local: string): Promise<string[]> {
  return (await filesIn(local, (rel) => RAR_VOLUME.test(rel))).map((f) => f.file);
}

/** Where the client put the data, as a local path (path mappings applied). */
export async function localOutputOf(row: DownloadRow): Promise<string> {
  let remote = row.outputPath;
  const clientRow = row.clientId ? await getDownloadClientRow(row.clientId) : null;
  if (clientRow) {
    const item = await clientFor(clientRow)
      .get(row.clientItemId)
      .catch(() => null);
    if (item?.outputPath) remote = item.outputPath;
  }
  if (!remote) throw new UnavailableError(`The download client did not report where "${row.title}" was saved`);
  return resolveRemotePath(remote);
}

/** The folder imported files may come from: the output folder, or the folder of a single-file download. */
export async function sourceRootOf(local: string): Promise<string> {
  return (await stat(local)).isFile() ? path.dirname(local) : local;
}
