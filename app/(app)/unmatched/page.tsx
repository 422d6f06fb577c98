import type { Metadata } from "next";
import Link from "next/link";
import { LiveRefresh } from "@/components/live/live-refresh";
import { PageHeader } from "@/components/shell/page-header";
import { cn } from "@/components/ui/utils";
import { can } from "@/lib/accounts";
import { requirePageActor } from "@/lib/accounts/next";
import { listLibraries, listReview } from "@/lib/library";
import { ReviewFolder } from "./review-folder";
import { ReviewToolbar } from "./review-toolbar";
import { UnmatchedGroup } from "./unmatched-group";

export const metadata: Metadata = { title: "Review unmatched files" };

/** Suggestions at or above this are accepted by "Accept likely matches". */
const LIKELY = 0.6;
const SHOWN = 200;

export default async function UnmatchedPage({ searchParams }: { searchParams: Promise<{ library?: string }> }) {
  const actor = await requirePageActor("read");
  const libraries = await listLibraries(actor);
  const { library: wanted } = await searchParams;
  const library = libraries.find((l) => l.id === wanted) ?? libraries[0];
  const review = library ? await listReview(actor, library.id) : null;
  const canManage = can(actor.role, "manage");
  const likely = (review?.folders ?? [])
    .filter((f) => f.candidate && f.candidate.confidence >= LIKELY)
    .map((f) => ({ folder: f.folder, tmdbId: f.candidate!.tmdbId }));
  return (
    <>
      <LiveRefresh prefixes={["library.scan.finished", "library.manual-import"]} />
      <PageHeader
        title="Review unmatched files"
        description="Folders a scan could not match for sure, one card per title folder. Accept the suggestion, fix it with a search (the whole folder follows), ignore it, or import files one by one."
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
      {!library || !review ? (
        <p className="text-sm text-muted-foreground">No library yet: add one in Settings → Libraries.</p>
      ) : review.totalFiles === 0 ? (
        <p className="rounded-xl border border-dashed p-8 text-center text-sm text-muted-foreground">
          Nothing to review in {library.name}: every video is matched or ignored.
        </p>
      ) : (
        <div className="grid gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-muted-foreground">
              {review.unsure.toLocaleString("en")} unsure, {review.unmatched.toLocaleString("en")} unmatched folders ·{" "}
              {review.totalFiles.toLocaleString("en")} videos
              {review.folders.length > SHOWN ? ` (the first ${SHOWN} folders shown)` : ""}
            </p>
            {canManage && <ReviewToolbar libraryId={library.id} likely={likely} threshold={LIKELY} />}
          </div>
          {review.folders.slice(0, SHOWN).map((g) => (
            <ReviewFolder
              key={g.folder}
              libraryId={library.id}
              kind={library.kind}
              folder={g.folder}
              state={g.state}
              candidate={g.candidate}
              reason={g.reason}
              fileCount={g.files.length}
              canManage={canManage}
            >
              <UnmatchedGroup
                kind={library.kind}
                folder={g.folder.startsWith("/") ? "" : g.folder}
                files={g.files.map((f) => ({
                  id: f.id,
                  name: f.relativePath.split("/").slice(1).join("/") || f.relativePath,
                  size: f.size,
                  guess: f.guess,
                  seriesId: null,
                }))}
                canImport={canManage}
              />
            </ReviewFolder>
          ))}
        </div>
      )}
    </>
  );
}
