import { ValidationError } from "@/lib/errors";
import { listLibraryRows } from "@/lib/library/library.repo";
import { DEFAULT_PROFILE_ID, defaultQualityProfiles, resolveQualityProfileId } from "@/lib/quality";

/**
 * The libraries items can be added to (lib/library owns them; Settings → Libraries manages them).
 * Quality profiles live in lib/quality; items store a profile id ("default" is read as the shipped "Any").
 */
export type LibraryKind = "movie" | "tv";
export interface Library {
  id: string;
  kind: LibraryKind;
  name: string;
  path: string | null;
  qualityProfileId: string;
  monitorNew: boolean;
}

export const DEFAULT_QUALITY_PROFILE = { id: DEFAULT_PROFILE_ID, name: "Any" } as const;
/** The shipped profiles and the "default" alias, for synchronous checks; user-made profiles need resolveQualityProfile. */
export const qualityProfiles: ReadonlyArray<{ id: string; name: string }> = [
  { id: "default", name: "Default (Any)" },
  ...defaultQualityProfiles().map(({ id, name }) => ({ id, name })),
];

export async function listLibraries(): Promise<Library[]> {
  const rows = await listLibraryRows();
  return rows.map(({ id, kind, name, path, qualityProfileId, monitorNew }) => ({
    id,
    kind,
    name,
    path,
    qualityProfileId,
    monitorNew,
  }));
}

/** The library an item goes to: the one asked for, else the kind's first. */
export async function resolveLibrary(kind: LibraryKind, libraryId: string | undefined): Promise<Library> {
  const libraries = (await listLibraries()).filter((l) => l.kind === kind);
  const library = libraryId ? libraries.find((l) => l.id === libraryId) : libraries[0];
  if (library) return library;
  if (libraryId)
    throw new ValidationError(`libraryId: no ${kind === "movie" ? "movie" : "TV"} library "${libraryId}"`, {
      fields: { libraryId: "Unknown library" },
    });
  throw new ValidationError(`Add a ${kind === "movie" ? "movies" : "TV"} library in Settings → Libraries first.`);
}

/** The profile id to store: the one asked for (it must exist), else the default profile. */
export async function resolveQualityProfile(id: string | undefined): Promise<string> {
  return resolveQualityProfileId(id);
}
