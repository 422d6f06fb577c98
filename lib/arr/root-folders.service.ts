import path from "node:path";
import { z } from "zod";
import type { Actor } from "@/lib/accounts";
import { NotFoundError, parseInput } from "@/lib/errors";
import { createLibrary, deleteLibrary, listLibraries, type Library } from "@/lib/library";
import { arrIdOf, arrIdsOf, entityIdOf } from "./ids";
import type { Persona } from "./persona";

/**
 * A root folder is a Mydia library of the persona's kind (movies for Radarr, TV for Sonarr): adding
 * one creates a library on that folder, removing one deletes the library (refused while titles use it).
 */
export const libraryKindOf = (persona: Persona) => (persona === "radarr" ? "movie" : "tv");

export function toRootFolder(library: Library, id: number) {
  return {
    id,
    path: library.path,
    accessible: library.problem === null,
    freeSpace: library.space?.freeBytes ?? null,
    unmappedFolders: [],
  };
}

export async function personaLibraries(actor: Actor, persona: Persona): Promise<Library[]> {
  return (await listLibraries(actor)).filter((library) => library.kind === libraryKindOf(persona));
}

export async function listRootFolders(actor: Actor, persona: Persona) {
  const libraries = await personaLibraries(actor, persona);
  const ids = await arrIdsOf(
    "rootfolder",
    libraries.map((l) => l.id),
  );
  return libraries.map((library) => toRootFolder(library, ids.get(library.id)!));
}

export async function getRootFolder(actor: Actor, persona: Persona, id: number) {
  const libraryId = await entityIdOf("rootfolder", id);
  const library = (await personaLibraries(actor, persona)).find((l) => l.id === libraryId);
  if (!library) throw new NotFoundError(`No root folder with id ${id}`);
  return toRootFolder(library, id);
}

const rootFolderBody = z.object({ path: z.string().min(1, "give the folder's path") });

export async function addRootFolder(actor: Actor, persona: Persona, body: unknown) {
  const { path: folder } = parseInput(rootFolderBody, body);
  const name = path.basename(folder.replace(/\/+$/, "")) || folder;
  const library = await createLibrary(actor, { name, kind: libraryKindOf(persona), path: folder });
  return toRootFolder(library, await arrIdOf("rootfolder", library.id));
}

export async function removeRootFolder(actor: Actor, persona: Persona, id: number): Promise<void> {
  const folder = await getRootFolder(actor, persona, id);
  await deleteLibrary(actor, await entityIdOf("rootfolder", folder.id));
}

/** The library a client's root folder path names (the path as `rootfolder` lists it). */
export async function libraryAt(actor: Actor, persona: Persona, folder: string): Promise<Library | null> {
  const wanted = path.normalize(folder).replace(/(.)\/+$/, "$1");
  return (await personaLibraries(actor, persona)).find((l) => l.path === wanted) ?? null;
}
