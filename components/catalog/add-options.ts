import { listLibraries, qualityProfiles } from "@/lib/catalog";
import type { AddOptions } from "./add-dialog";

/** Libraries of one kind and the quality profiles, for the Add dialog. */
export async function addOptionsFor(type: "movie" | "tv"): Promise<AddOptions> {
  const libraries = (await listLibraries()).filter((l) => l.kind === type).map(({ id, name, path }) => ({ id, name, path }));
  return { libraries, profiles: qualityProfiles.map(({ id, name }) => ({ id, name })) };
}
