import type { Metadata } from "next";
import { LiveRefresh } from "@/components/live/live-refresh";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/accounts/next";
import { allowedRoots, listLibraries } from "@/lib/library";
import { qualityProfileNames } from "@/lib/quality";
import { AddLibrary } from "./add-library";
import { LibraryCard } from "./library-card";

export const metadata: Metadata = { title: "Libraries" };

export default async function LibrariesPage() {
  const actor = await requirePageActor("admin");
  const libraries = await listLibraries(actor);
  const profiles = [...(await qualityProfileNames())].map(([id, name]) => ({ id, name }));
  return (
    <>
      <LiveRefresh prefixes={["library.created", "library.updated", "library.deleted", "library.scan.finished"]} />
      <PageHeader
        title="Libraries"
        description={`Folders where your movies and series live. Mydia scans them, matches what it finds and files new downloads there. Folders can be picked under ${allowedRoots().join(", ")}.`}
        actions={<AddLibrary />}
      />
      {libraries.length === 0 ? (
        <p className="rounded-xl border border-dashed p-8 text-center text-sm text-muted-foreground">
          No library yet: add the folder that holds your movies, then the one with your series.
        </p>
      ) : (
        <div className="grid gap-4">
          {libraries.map((library) => (
            <LibraryCard key={library.id} library={library} profiles={profiles} />
          ))}
        </div>
      )}
    </>
  );
}
