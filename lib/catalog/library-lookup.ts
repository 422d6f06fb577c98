/**
 * Where an added or moved item goes. lib/library owns libraries and depends on lib/catalog, so
 * catalog never reads them: the caller passes lib/library's `resolveLibrary`, which has this shape.
 */
export interface LibraryPlacement {
  id: string;
  qualityProfileId: string;
}

/** The library an item of `kind` goes to: the one asked for (it must exist and be of that kind), else the kind's first. */
export type LibraryLookup = (kind: "movie" | "tv", libraryId: string | undefined) => Promise<LibraryPlacement>;
