import type { Metadata } from "next";
import Link from "next/link";
import { LiveRefresh } from "@/components/live/live-refresh";
import { PageHeader } from "@/components/shell/page-header";
import { cn } from "@/components/ui/utils";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { listLibraries, listUnmatched } from "@/lib/library";
import { UnmatchedGroup } from "./unmatched-group";

export const metadata: Metadata = { title: "Unmatched files" };

export default async function UnmatchedPage({ searchParams }: { searchParams: Promise<{ library?: string }> }) {
  const actor = await requirePageActor("read");
  const libraries = await listLibraries(actor);
  const { library: wanted } = await searchParams;
  const library = libraries.find((l) => l.id === wanted) ?? libraries[0];
  const unmatched = library ? await listUnmatched(actor, library.id, 1, 500) : null;
  const canImport = can(actor.role, "manage");
  return (
    <>
      <LiveRefresh prefixes={["library.scan.finished", "library.manual-import"]} />
      <PageHeader
        title="Unmatched files"
        description="Videos a scan found but could not match. Pick the movie or the episodes, then import (the file moves to its place under the naming templates) or ignore."
      />
      {libraries.length > 1 && (
        <nav className="mb-4 flex flex-wrap gap-2" aria-label="Libraries">
          {libraries.map((l) => (
            <Link
              key={l.id}
              href={`/unmatched?library=${l.id}`}
              aria-current={l.id === library?.id ? "page" : undefined}
              className={cn(
                "rounded-full border px-3 py-1 text-sm",
                l.id === library?.id ? "bg-primary text-primary-foreground" : "hover:bg-muted",
              )}
            >
              {l.name}
            </Link>
          ))}
        </nav>
      )}
      {!library || !unmatched ? (
        <p className="text-sm text-muted-foreground">No library yet: add one in Settings → Libraries.</p>
      ) : unmatched.total === 0 ? (
        <p className="rounded-xl border border-dashed p-8 text-center text-sm text-muted-foreground">
          Nothing unmatched in {library.name}.
        </p>
      ) : (
        <div className="grid gap-4">
          <p className="text-sm text-muted-foreground">
            {unmatched.total.toLocaleString("en")} files in {unmatched.groups.length} folders
            {unmatched.total > 500 ? " (the first 500 shown)" : ""}.
          </p>
          {unmatched.groups.map((g) => (
            <UnmatchedGroup
              key={g.folder}
              kind={library.kind}
              folder={g.folder}
              files={g.files.map((f) => ({
                id: f.id,
                name: f.relativePath.split("/").pop() ?? f.relativePath,
                size: f.size,
                guess: f.guess,
                seriesId: f.seriesId,
              }))}
              canImport={canImport}
            />
          ))}
        </div>
      )}
    </>
  );
}
