import { fieldError } from "@/lib/errors";
import { listLibraryRows } from "./library.repo";
import type { LibraryKind } from "./library.types";

/** The library an item goes to: the one asked for, else the kind's first (lib/catalog's LibraryLookup). */
export async function resolveLibrary(
  kind: LibraryKind,
  libraryId: string | undefined,
): Promise<{ id: string; qualityProfileId: string; monitorNew: boolean }> {
  const libraries = (await listLibraryRows()).filter((l) => l.kind === kind);
  const library = libraryId ? libraries.find((l) => l.id === libraryId) : libraries[0];
  if (library) return { id: library.id, qualityProfileId: library.qualityProfileId, monitorNew: library.monitorNew };
  const noun = kind === "movie" ? "movie" : "TV";
  if (libraryId) throw fieldError("libraryId", `there is no ${noun} library "${libraryId}"`);
  throw fieldError("libraryId", `Add a ${kind === "movie" ? "movies" : "TV"} library in Settings → Libraries first`);
}
