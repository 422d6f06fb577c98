"use client";

import { useCallback, useState } from "react";
import type { InteractiveRelease } from "@/lib/automation";
import type { GrabOutcome } from "./grab-button";
import { ReleaseSearch } from "./release-search";
import { ReleaseTargetDialog } from "./release-target-dialog";

/**
 * Free-text release search with Grab: nothing says what a result is for, so a grab first asks
 * (with the title and episodes its name points at picked already).
 */
export function FreeTextReleaseSearch({ q }: { q: string }) {
  const [asking, setAsking] = useState<{ release: InteractiveRelease; resolve: (o: GrabOutcome) => void } | null>(null);
  const onGrab = useCallback(
    (release: InteractiveRelease) => new Promise<GrabOutcome>((resolve) => setAsking({ release, resolve })),
    [],
  );
  return (
    <>
      <ReleaseSearch subject={{ q }} onGrab={onGrab} />
      {asking && (
        <ReleaseTargetDialog
          key={asking.release.id}
          release={asking.release}
          onDone={(outcome) => {
            asking.resolve(outcome);
            setAsking(null);
          }}
        />
      )}
    </>
  );
}
