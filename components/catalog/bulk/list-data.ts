import { cookies } from "next/headers";
import { can, type Actor, type Role } from "@/lib/accounts";
import { labels, movieTags, seriesTags } from "@/lib/catalog";
import type { LibraryName } from "@/lib/library";
import { qualityProfileNames } from "@/lib/quality";
import type { BulkOptions } from "./bulk-options";
import { listViewOf, viewCookie, type ListView } from "./view";

/** The remembered view of a list (cookie), read on the server so the first render is the right one. */
export async function listView(kind: "movie" | "series"): Promise<ListView> {
  return listViewOf((await cookies()).get(viewCookie(kind))?.value);
}

const options = (record: Record<string, string>) => Object.entries(record).map(([value, label]) => ({ value, label }));

/** Names of quality profiles (id → name) and the bulk editor's choices (none for roles that cannot manage). */
export async function listLabels(
  actor: Actor & { role: Role },
  kind: "movie" | "series",
  libraries: LibraryName[],
): Promise<{ profileNames: Map<string, string>; bulk: BulkOptions | undefined }> {
  const profileNames = await qualityProfileNames();
  if (!can(actor.role, "manage")) return { profileNames, bulk: undefined };
  const libraryKind = kind === "movie" ? "movie" : "tv";
  return {
    profileNames,
    bulk: {
      profiles: [...profileNames].filter(([id]) => id !== "default").map(([value, label]) => ({ value, label })),
      tags: await (kind === "movie" ? movieTags(actor) : seriesTags(actor)),
      libraries: libraries.filter((l) => l.kind === libraryKind).map((l) => ({ value: l.id, label: l.name })),
      ...(kind === "movie"
        ? { minimumAvailability: options(labels.minimumAvailability) }
        : { monitorModes: options(labels.seriesMonitor), seriesTypes: options(labels.seriesType) }),
    },
  };
}
