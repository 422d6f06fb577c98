import { can, type Actor } from "@/lib/accounts";
import { listLibraries } from "@/lib/library";
import { qualityProfileNames } from "@/lib/quality";
import type { AddOptions } from "./add-dialog";

/** Libraries of one kind and the quality profiles, for the Add dialog. */
export async function addOptionsFor(actor: Actor, type: "movie" | "tv"): Promise<AddOptions> {
  // Only managers add; the libraries (paths) are not for requesters' eyes.
  if (actor.kind === "user" && !can(actor.role, "manage"))
    return { libraries: [], profiles: [], canCreateLibrary: false };
  const libraries = (await listLibraries(actor))
    .filter((l) => l.kind === type)
    .map(({ id, name, path }) => ({ id, name, path }));
  const names = await qualityProfileNames();
  names.delete("default");
  return {
    libraries,
    profiles: [...names].map(([id, name]) => ({ id, name })),
    canCreateLibrary: actor.kind === "system" || can(actor.role, "admin"),
  };
}
