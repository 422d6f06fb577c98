import path from "node:path";
import type { Actor } from "@/lib/accounts";
import { fieldError } from "@/lib/errors";
import type { Library } from "@/lib/library";
import { maybeEntityIdOf } from "./ids";
import type { Persona } from "./persona";
import { personaLibraries } from "./root-folders.service";

/** Mydia's quality profile for the id a client sends; undefined for none (0), so the library's default applies. */
export async function profileIdOf(arrId: number | null | undefined, field = "qualityProfileId") {
  if (!arrId) return undefined;
  const id = await maybeEntityIdOf("qualityprofile", arrId);
  if (id === null) throw fieldError(field, `there is no quality profile with id ${arrId}`);
  return id;
}

const normal = (folder: string) => path.normalize(folder).replace(/(.)\/+$/, "$1");

/**
 * The library a client's root folder (or, without one, the title's own folder) lies in; undefined when
 * the client names neither, so the persona's first library applies.
 */
export async function libraryOf(
  actor: Actor,
  persona: Persona,
  given: { rootFolderPath?: string | null; path?: string | null },
): Promise<Library | undefined> {
  const libraries = await personaLibraries(actor, persona);
  if (given.rootFolderPath) {
    const found = libraries.find((l) => l.path === normal(given.rootFolderPath!));
    if (!found)
      throw fieldError("rootFolderPath", `${given.rootFolderPath} is not a root folder (GET rootfolder lists them)`);
    return found;
  }
  if (given.path) {
    const folder = normal(given.path);
    const found = libraries.find((l) => folder.startsWith(`${l.path}/`) || folder === l.path);
    if (!found) throw fieldError("path", `${given.path} is not inside a root folder (GET rootfolder lists them)`);
    return found;
  }
  return undefined;
}
