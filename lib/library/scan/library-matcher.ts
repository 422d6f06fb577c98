import { episodesForMatching, moviesForMatching, seriesForMatching } from "@/lib/catalog";
import type { LibraryRow } from "../library.repo";
import { Matcher } from "./match";
import { metadataLookup } from "./metadata-lookup";
import { nfoCandidates, readFolderNfo } from "./nfo";
import type { NameIds } from "./titles";

export interface LibraryMatcherOptions {
  /** Search metadata for titles not in the catalog (and add them). Default true. */
  metadataSearch?: boolean;
  /** Ids chosen in the review, by top folder (`/name` for a file in the root). */
  chosen?: Map<string, NameIds>;
}

/** The matcher for one library: the catalog's titles, metadata lookups, and the folders' .nfo files. */
export async function libraryMatcher(library: LibraryRow, options: LibraryMatcherOptions = {}): Promise<Matcher> {
  const kind = library.kind;
  return new Matcher(kind, {
    movies: kind === "movie" ? await moviesForMatching() : [],
    series: kind === "tv" ? await seriesForMatching() : [],
    episodesOf: episodesForMatching,
    lookup: options.metadataSearch === false ? undefined : metadataLookup(library),
    nfoIds: (folder, file) =>
      folder ? readFolderNfo(library.path, nfoCandidates(folder, file, kind)) : Promise.resolve(null),
    chosenIds: options.chosen ? (key) => options.chosen!.get(key) ?? null : undefined,
  });
}
