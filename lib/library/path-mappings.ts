import { existsSync } from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import { ConflictError, NotFoundError, parseInput, UnavailableError } from "@/lib/errors";
import { isUniqueViolationOf } from "./unique";

/** Remote path (what a download client reports) → local path (what this server sees). */
export interface PathMapping {
  id: string;
  remotePath: string;
  localPath: string;
}

const folder = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\\\"), "must be an absolute path (/downloads, D:\\Downloads or \\\\server\\share)");
export const pathMappingInput = z.object({ remotePath: folder, localPath: folder.refine((p) => p.startsWith("/"), "must be an absolute path on this server") });

const normalizeRemote = (p: string): string => p.replace(/[\\/]+$/, "");

export async function listPathMappings(actor: Actor): Promise<PathMapping[]> {
  assertRole(actor, "admin");
  return db().select({ id: tables.pathMappings.id, remotePath: tables.pathMappings.remotePath, localPath: tables.pathMappings.localPath }).from(tables.pathMappings).orderBy(asc(tables.pathMappings.remotePath));
}

export async function addPathMapping(actor: Actor, input: unknown): Promise<PathMapping> {
  assertRole(actor, "admin");
  const parsed = parseInput(pathMappingInput, input);
  try {
    const [row] = await db()
      .insert(tables.pathMappings)
      .values({ remotePath: normalizeRemote(parsed.remotePath), localPath: path.normalize(parsed.localPath).replace(/(.)\/+$/, "$1") })
      .returning();
    return { id: row.id, remotePath: row.remotePath, localPath: row.localPath };
  } catch (error) {
    if (isUniqueViolationOf(error)) throw new ConflictError(`A mapping for ${parsed.remotePath} exists already`);
    throw error;
  }
}

export async function deletePathMapping(actor: Actor, id: string): Promise<void> {
  assertRole(actor, "admin");
  const rows = await db().delete(tables.pathMappings).where(eq(tables.pathMappings.id, id)).returning({ id: tables.pathMappings.id });
  if (rows.length === 0) throw new NotFoundError("No such path mapping");
}

/** Applies the longest matching mapping (Windows-style remote paths too). Pure: no disk access. */
export function mapPath(remote: string, mappings: PathMapping[]): string {
  const windows = /^[A-Za-z]:[\\/]|^\\\\/.test(remote);
  const norm = (p: string) => (windows ? p.replace(/\\/g, "/").toLowerCase() : p);
  const candidates = [...mappings].sort((a, b) => b.remotePath.length - a.remotePath.length);
  for (const m of candidates) {
    const prefix = norm(normalizeRemote(m.remotePath));
    const value = norm(remote);
    if (value === prefix || value.startsWith(`${prefix}/`)) {
      const rest = remote.slice(m.remotePath.replace(/[\\/]+$/, "").length).replace(/\\/g, "/");
      return path.posix.join(m.localPath, rest);
    }
  }
  return windows ? remote.replace(/\\/g, "/") : remote;
}

/**
 * The local path of a path a download client reported, which must exist here. The error names
 * the path and the mapping used, so the fix (add or correct a mapping, mount the share) is clear.
 */
export async function resolveRemotePath(remote: string): Promise<string> {
  const mappings = await db().select().from(tables.pathMappings);
  const local = mapPath(remote, mappings);
  if (existsSync(local)) return local;
  const used = mappings.find((m) => local.startsWith(m.localPath) && mapPath(remote, [m]) === local);
  throw new UnavailableError(
    used
      ? `${remote} was mapped to ${local} (mapping ${used.remotePath} → ${used.localPath}), which does not exist on this server: check the mapping and that the folder is mounted`
      : `${remote} does not exist on this server: the download client sees other paths, add a path mapping (Settings → Libraries → Path mappings)`,
  );
}
