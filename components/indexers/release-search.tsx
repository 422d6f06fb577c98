"use client";

import { useCallback } from "react";
import type { InteractiveDecision, InteractiveRelease } from "@/lib/automation";
import type { SearchSubject } from "@/lib/indexers";
import type { GrabOutcome } from "./grab-button";
import { IndexerStatus } from "./release-search/indexer-status";
import { ReleaseTable } from "./release-search/release-table";
import { useReleaseSearch } from "./release-search/use-release-search";

export interface ReleaseSearchProps {
  /** What to search for: { movieId } / { episodeId } / { seriesId, season } / { q }. */
  subject: SearchSubject;
  /** Grabbing is wired by the downloads context; without a handler no grab button is shown. */
  onGrab?: (
    release: InteractiveRelease,
    options: { overrideRejection: boolean; decision: InteractiveDecision | undefined },
  ) => Promise<GrabOutcome>;
}

/**
 * Interactive release search: rows appear as each indexer answers, with what Mydia already did
 * with each release (queued, imported, grabbed before, blocklisted); says which indexers failed
 * and why. Mount it on movie/episode/season pages with the subject.
 */
export function ReleaseSearch({ subject, onGrab }: ReleaseSearchProps) {
  const search = useReleaseSearch(subject);
  const { setReleaseState, decisions } = search;
  const grab = useCallback(
    async (
      release: InteractiveRelease,
      { overrideRejection }: { overrideRejection: boolean },
    ): Promise<GrabOutcome> => {
      const outcome = await onGrab!(release, { overrideRejection, decision: decisions.get(release.id)?.view });
      if (outcome === "grabbed") setReleaseState(release.id, "queued");
      return outcome;
    },
    [onGrab, setReleaseState, decisions],
  );

  return (
    <section className="@container space-y-4" aria-label="Release search">
      <IndexerStatus indexers={search.indexers} running={search.running} onSearchAgain={() => void search.run()} />
      {search.error && (
        <p role="alert" className="text-sm text-destructive">
          {search.error}
        </p>
      )}
      <ReleaseTable
        releases={search.releases}
        indexers={search.indexers}
        decisions={search.decisions}
        judged={!subject.q}
        running={search.running}
        elapsedMs={search.elapsedMs}
        onGrab={onGrab ? grab : undefined}
      />
      {!search.running && search.releases.length === 0 && !search.error && (
        <p className="text-sm text-muted-foreground">
          No releases found. Check the title, or add more indexers in Settings → Indexers.
        </p>
      )}
    </section>
  );
}
