import { stat, statfs } from "node:fs/promises";
import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { itemsInLibrary } from "@/lib/catalog";
import { resolveQualityProfileId } from "@/lib/quality";
import { ConflictError, NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { publish } from "@/lib/events";
import {
  deleteLibraryRow,
  findLibraryRow,
  insertLibraryRow,
  listLibraryRows,
  updateLibraryRow,
  type LibraryRow,
} from "./library.repo";
import { libraryInput, updateLibraryInput, type Library, type LibraryName } from "./library.schemas";
import { namingSettingsSchema } from "./library.types";
import { allowedRoots, assertInsideRoots, isInside } from "./paths";

async function folderProblem(folder: string): Promise<string | null> {
  try {
    const info = await stat(folder);
    return info.isDirectory() ? null : `${folder} is not a folder`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? `${folder} does not exist`
      : code === "EACCES"
        ? `${folder} cannot be read (permission denied)`
        : `${folder}: ${String(error)}`;
  }
}

export async function toLibrary(row: LibraryRow): Promise<Library> {
  const problem = await folderProblem(row.path);
  let space: Library["space"] = null;
  if (!problem) {
    try {
      const fs = await statfs(row.path);
      space = { freeBytes: fs.bavail * fs.bsize, totalBytes: fs.blocks * fs.bsize };
    } catch {
      space = null;
    }
  }
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    path: row.path,
    qualityProfileId: row.qualityProfileId,
    importMode: row.importMode,
    monitorNew: row.monitorNew,
    naming: namingSettingsSchema.parse(row.naming ?? {}),
    scanIntervalHours: row.scanIntervalHours,
    recycleDays: row.recycleDays,
    lastScanAt: row.lastScanAt?.toISOString() ?? null,
    lastScan: row.lastScan ?? null,
    space,
    problem,
  };
}

export async function listLibraries(actor: Actor): Promise<Library[]> {
  assertCan(actor, "read");
  return Promise.all((await listLibraryRows()).map(toLibrary));
}

/** Libraries by name, without touching their folders (the grids' filter and labels, on every render). */
export async function listLibraryNames(actor: Actor): Promise<LibraryName[]> {
  assertCan(actor, "read");
  return (await listLibraryRows()).map((row) => ({ id: row.id, name: row.name, kind: row.kind }));
}

export async function getLibrary(actor: Actor, id: string): Promise<Library> {
  assertCan(actor, "read");
  return toLibrary(await requireLibraryRow(id));
}

export async function requireLibraryRow(id: string): Promise<LibraryRow> {
  const row = await findLibraryRow(id);
  if (!row) throw new NotFoundError("No such library");
  return row;
}

/** A library folder must exist, be a directory, lie under the allowed roots and not overlap another library. */
async function checkFolder(folder: string, exceptId?: string): Promise<void> {
  const problem = await folderProblem(folder);
  if (problem) throw new ValidationError(problem, { fields: { path: problem } });
  assertInsideRoots(folder, allowedRoots(), "folder");
  for (const other of await listLibraryRows()) {
    if (other.id === exceptId) continue;
    if (isInside(other.path, folder) || isInside(folder, other.path)) {
      const message = `Overlaps the library "${other.name}" (${other.path})`;
      throw new ConflictError(message, { fields: { path: message } });
    }
  }
}

export async function createLibrary(actor: Actor, input: unknown): Promise<Library> {
  assertCan(actor, "admin");
  const parsed = parseInput(libraryInput, input);
  await checkFolder(parsed.path);
  const qualityProfileId = await resolveQualityProfileId(parsed.qualityProfileId);
  const row = await insertLibraryRow({
    ...parsed,
    qualityProfileId,
    naming: namingSettingsSchema.parse(parsed.naming),
    updatedAt: new Date(),
  });
  await publish("library.created", { id: row.id, name: row.name }, { actorId: actorId(actor) });
  return toLibrary(row);
}

/** Changing the path moves the root: files are stored relative to it, so nothing else changes. */
export async function updateLibrary(actor: Actor, id: string, input: unknown): Promise<Library> {
  assertCan(actor, "admin");
  const changes = parseInput(updateLibraryInput, input);
  const current = await requireLibraryRow(id);
  if (changes.path !== undefined && changes.path !== current.path) await checkFolder(changes.path, id);
  if (changes.qualityProfileId !== undefined)
    changes.qualityProfileId = await resolveQualityProfileId(changes.qualityProfileId);
  const { naming: namingChanges, ...rest } = changes;
  const naming = namingChanges ? namingSettingsSchema.parse({ ...current.naming, ...namingChanges }) : undefined;
  const row = await updateLibraryRow(id, { ...rest, ...(naming ? { naming } : {}), updatedAt: new Date() });
  if (!row) throw new NotFoundError("No such library");
  await publish("library.updated", { id, name: row.name }, { actorId: actorId(actor) });
  return toLibrary(row);
}

/** Forgets the library and its file records; files on disk stay. Refused while movies or series use it. */
export async function deleteLibrary(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "admin");
  const row = await requireLibraryRow(id);
  const inUse = await itemsInLibrary(id);
  if (inUse > 0)
    throw new ConflictError(`${inUse} movies or series are in "${row.name}": move them to another library first`);
  await deleteLibraryRow(id);
  await publish("library.deleted", { id, name: row.name }, { actorId: actorId(actor) });
}
