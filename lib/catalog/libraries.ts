import path from "node:path";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/accounts";
import { db, tables } from "@/lib/db";
import { parseInput, ValidationError } from "@/lib/errors";

/**
 * Until the Library issue brings real libraries, each kind has one root folder (a setting) and
 * that is its library: id "movies" or "tv". Items store the library id, so the move to real
 * libraries keeps them. Likewise one quality profile, "default", until the profiles issue.
 */
export type LibraryKind = "movie" | "tv";
export interface Library {
  id: string;
  kind: LibraryKind;
  name: string;
  path: string | null;
}

export const DEFAULT_QUALITY_PROFILE = { id: "default", name: "Default (any quality)" } as const;
export const qualityProfiles = [DEFAULT_QUALITY_PROFILE];

const SETTINGS_KEY = "catalog.rootFolders";
const storedSchema = z.object({ movie: z.string().nullable().default(null), tv: z.string().nullable().default(null) });
const libraryIdOf: Record<LibraryKind, string> = { movie: "movies", tv: "tv" };

const absolutePath = z
  .string()
  .trim()
  .refine((p) => p === "" || path.isAbsolute(p), "must be an absolute path such as /data/movies")
  .transform((p) => (p === "" ? null : path.normalize(p).replace(/(.)\/$/, "$1")));
export const rootFoldersInput = z.object({ movie: absolutePath, tv: absolutePath });

async function readRootFolders(): Promise<z.infer<typeof storedSchema>> {
  const [row] = await db().select().from(tables.settings).where(eq(tables.settings.key, SETTINGS_KEY)).limit(1);
  return storedSchema.parse(row?.value ?? {});
}

export async function listLibraries(): Promise<Library[]> {
  const folders = await readRootFolders();
  return [
    { id: libraryIdOf.movie, kind: "movie", name: "Movies", path: folders.movie },
    { id: libraryIdOf.tv, kind: "tv", name: "TV", path: folders.tv },
  ];
}

export async function saveRootFolders(actor: Actor, input: unknown): Promise<Library[]> {
  assertRole(actor, "admin");
  const value = parseInput(rootFoldersInput, input);
  const now = new Date();
  await db()
    .insert(tables.settings)
    .values({ key: SETTINGS_KEY, value, updatedAt: now })
    .onConflictDoUpdate({ target: tables.settings.key, set: { value, updatedAt: now } });
  return listLibraries();
}

/** The library an item goes to: the one asked for, else the kind's; it must have a root folder. */
export async function resolveLibrary(kind: LibraryKind, libraryId: string | undefined): Promise<Library> {
  const libraries = (await listLibraries()).filter((l) => l.kind === kind);
  const library = libraryId ? libraries.find((l) => l.id === libraryId) : libraries[0];
  if (!library) throw new ValidationError(`libraryId: no ${kind === "movie" ? "movie" : "TV"} library "${libraryId}"`, { fields: { libraryId: "Unknown library" } });
  if (!library.path) {
    throw new ValidationError(`Set a root folder for ${kind === "movie" ? "movies" : "TV"} in Settings → Root folders first.`);
  }
  return library;
}

export function resolveQualityProfile(id: string | undefined): string {
  const profile = id ? qualityProfiles.find((p) => p.id === id) : DEFAULT_QUALITY_PROFILE;
  if (!profile) throw new ValidationError(`qualityProfileId: no quality profile "${id}"`, { fields: { qualityProfileId: "Unknown quality profile" } });
  return profile.id;
}
