import { readdir } from "node:fs/promises";
import path from "node:path";
import { assertCan, type Actor } from "@/lib/accounts";
import { fieldError, ValidationError } from "@/lib/errors";
import { allowedRoots, isInside, realPathOf } from "./paths";

export interface FolderListing {
  /** null at the top: the allowed roots are listed. */
  path: string | null;
  parent: string | null;
  folders: { name: string; path: string }[];
  roots: string[];
}

/**
 * The server-side folder picker: lists sub-folders, only under LIBRARY_ALLOWED_ROOTS (symlinks
 * resolved, so a link cannot lead out). Hidden folders are left out.
 */
export async function browseFolders(actor: Actor, requested: string | undefined): Promise<FolderListing> {
  assertCan(actor, "admin");
  const roots = allowedRoots();
  if (!requested) return { path: null, parent: null, folders: roots.map((r) => ({ name: r, path: r })), roots };
  if (!path.isAbsolute(requested) || requested.includes("\0"))
    throw fieldError("path", "must be an absolute path such as /data/movies");
  const target = path.resolve(requested);
  const real = realPathOf(target);
  const root = roots.find((r) => isInside(realPathOf(r), real));
  if (!root)
    throw new ValidationError(
      `${target} is outside the folders Mydia may browse (${roots.join(", ")}); set LIBRARY_ALLOWED_ROOTS to change them`,
    );
  let entries;
  try {
    entries = await readdir(target, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ValidationError(
      code === "ENOENT"
        ? `${target} does not exist`
        : code === "EACCES"
          ? `${target} cannot be read (permission denied)`
          : `${target}: ${(error as Error).message}`,
    );
  }
  const folders = entries
    .filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !e.name.startsWith("."))
    .map((e) => ({ name: e.name, path: path.join(target, e.name) }))
    .filter((f) => isInside(realPathOf(root), realPathOf(f.path)))
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, 1000);
  const atRoot = roots.some((r) => r === target);
  return { path: target, parent: atRoot ? null : path.dirname(target), folders, roots };
}
