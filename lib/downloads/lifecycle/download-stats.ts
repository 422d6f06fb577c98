import { and, count, desc, isNotNull, isNull } from "drizzle-orm";
import { db, tables } from "@/lib/db";

/** The folder a client saved a download into: the parent of its output path, in the client's own notation. */
export function parentFolder(outputPath: string): string | null {
  const trimmed = outputPath.replace(/[\\/]+$/, "");
  const cut = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"));
  if (cut < 0) return null;
  return cut === 0 ? trimmed.slice(0, 1) : trimmed.slice(0, cut);
}

export interface DownloadFolder {
  clientName: string;
  /** As the client sees it (before remote path mappings). */
  folder: string;
}

/**
 * Where clients put Mydia's recent downloads (the parents of their output paths, newest first, each
 * once per client), for the health checks that ask whether Mydia can see and hardlink from them.
 */
export async function recentDownloadFolders(limit = 100): Promise<DownloadFolder[]> {
  const t = tables.downloads;
  const rows = await db()
    .select({ clientName: t.clientName, outputPath: t.outputPath })
    .from(t)
    .where(and(isNull(t.removedAt), isNotNull(t.outputPath)))
    .orderBy(desc(t.updatedAt))
    .limit(limit);
  const seen = new Set<string>();
  const folders: DownloadFolder[] = [];
  for (const row of rows) {
    const folder = parentFolder(row.outputPath!);
    const key = `${row.clientName}\0${folder}`;
    if (!folder || seen.has(key)) continue;
    seen.add(key);
    folders.push({ clientName: row.clientName, folder });
  }
  return folders;
}

/** Downloads Mydia still tracks (not removed), by state: for /metrics. */
export async function downloadCountsByStatus(): Promise<Record<string, number>> {
  const t = tables.downloads;
  const rows = await db()
    .select({ status: t.status, count: count() })
    .from(t)
    .where(isNull(t.removedAt))
    .groupBy(t.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}
