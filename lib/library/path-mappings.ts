import { existsSync } from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import { ConflictError, NotFoundError, parseInput, UnavailableError, ValidationError } from "@/lib/errors";
import { allowedRoots, isInside, realPathOf } from "./paths";
import { pathMappingInput, updatePathMappingInput } from "./path-mapping.input";

export { pathMappingInput, updatePathMappingInput } from "./path-mapping.input";
import { isUniqueViolation } from "@/lib/db";

/** Remote path (what a download client reports) → local path (what this server sees). */
export const pathMappingSchema = z.object({
  id: z.string(),
  remotePath: z.string().describe("path prefix as the download client reports it"),
  localPath: z.string().describe("the same folder as this server sees it"),
});
export type PathMapping = z.infer<typeof pathMappingSchema>;

const normalizeRemote = (p: string): string => p.replace(/[\\/]+$/, "");
const normalizeLocal = (p: string): string => path.normalize(p).replace(/(.)\/+$/, "$1");
const pm = () => tables.pathMappings;
const columns = () => ({ id: pm().id, remotePath: pm().remotePath, localPath: pm().localPath });

/** Imports read from the local side: it has to be a folder Mydia may use (LIBRARY_ALLOWED_ROOTS). */
function assertAllowedLocal(localPath: string): void {
  const roots = allowedRoots();
  const real = realPathOf(localPath);
  if (!roots.some((root) => isInside(realPathOf(root), real))) {
    throw new ValidationError(
      `The local path ${localPath} is outside the folders Mydia may use (${roots.join(", ")}); set LIBRARY_ALLOWED_ROOTS to change them`,
      {
        fields: { localPath: "outside the allowed folders" },
      },
    );
  }
}

async function assertRemoteFree(remotePath: string, exceptId?: string): Promise<void> {
  const [taken] = await db().select(columns()).from(pm()).where(eq(pm().remotePath, remotePath)).limit(1);
  if (taken && taken.id !== exceptId)
    throw new ConflictError(`A mapping for ${remotePath} exists already`, {
      fields: { remotePath: "has a mapping already" },
    });
}

export async function listPathMappings(actor: Actor): Promise<PathMapping[]> {
  assertCan(actor, "admin");
  return db().select(columns()).from(pm()).orderBy(asc(pm().remotePath));
}

export async function addPathMapping(actor: Actor, input: unknown): Promise<PathMapping> {
  assertCan(actor, "admin");
  const parsed = parseInput(pathMappingInput, input);
  const remotePath = normalizeRemote(parsed.remotePath);
  const localPath = normalizeLocal(parsed.localPath);
  await assertRemoteFree(remotePath);
  assertAllowedLocal(localPath);
  try {
    const [row] = await db().insert(pm()).values({ remotePath, localPath }).returning();
    return { id: row.id, remotePath: row.remotePath, localPath: row.localPath };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`A mapping for ${parsed.remotePath} exists already`);
    throw error;
  }
}

export async function updatePathMapping(actor: Actor, id: string, input: unknown): Promise<PathMapping> {
  assertCan(actor, "admin");
  const parsed = parseInput(updatePathMappingInput, input);
  const [current] = await db().select(columns()).from(pm()).where(eq(pm().id, id));
  if (!current) throw new NotFoundError("No such path mapping");
  const remotePath = parsed.remotePath !== undefined ? normalizeRemote(parsed.remotePath) : current.remotePath;
  const localPath = parsed.localPath !== undefined ? normalizeLocal(parsed.localPath) : current.localPath;
  await assertRemoteFree(remotePath, id);
  assertAllowedLocal(localPath);
  try {
    const [row] = await db().update(pm()).set({ remotePath, localPath }).where(eq(pm().id, id)).returning(columns());
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`A mapping for ${remotePath} exists already`);
    throw error;
  }
}

export async function deletePathMapping(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "admin");
  const rows = await db().delete(pm()).where(eq(pm().id, id)).returning({ id: pm().id });
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
/** Maps client paths to this server's paths with the stored mappings (no check that they exist): one read for many paths. */
export async function remotePathMapper(): Promise<(remote: string) => string> {
  const mappings = await db().select().from(tables.pathMappings);
  return (remote) => mapPath(remote, mappings);
}

export async function resolveRemotePath(remote: string): Promise<string> {
  const mappings = await db().select().from(tables.pathMappings);
  const local = mapPath(remote, mappings);
  if (existsSync(local)) return local;
  const used = mappings.find((m) => local.startsWith(m.localPath) && mapPath(remote, [m]) === local);
  throw new UnavailableError(
    used
      ? `${remote} was mapped to ${local} (mapping ${used.remotePath} → ${used.localPath}), which does not exist on this server: check the mapping and that the folder is mounted`
      : `${remote} does not exist on this server: the download client sees other paths, add a path mapping (Settings → Download clients → Remote path mappings)`,
  );
}
