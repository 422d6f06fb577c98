import { listLibraries } from "@/lib/catalog";
import { qualityProfileNames } from "@/lib/quality";
import type { AddOptions } from "./add-dialog";

/** Libraries of one kind and the quality profiles, for the Add dialog. */
export async function addOptionsFor(type: "movie" | "tv"): Promise<AddOptions> {
  const libraries = (await listLibraries())
    .filter((l) => l.kind === type)
    .map(({ id, name, path }) => ({ id, name, path }));
  const names = await qualityProfileNames();
  names.delete("default");
  return { libraries, profiles: [...names].map(([id, name]) => ({ id, name })) };
}
