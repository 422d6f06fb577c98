"use client";

import { Search } from "lucide-react";
import { useCallback, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { InteractiveDecision, InteractiveRelease } from "@/lib/automation";
import type { SearchSubject } from "@/lib/indexers";
import type { GrabOutcome } from "./grab-button";
import { grabRelease } from "./grab-release";
import { grabTargetOf } from "./grab-target";
import { ReleaseSearch } from "./release-search";

/** Grabs a release for what the catalog item's search was for (see grabTargetOf). */
function useSubjectGrab(subject: SearchSubject) {
  return useCallback(
    async (
      release: InteractiveRelease,
      { overrideRejection, decision }: { overrideRejection: boolean; decision: InteractiveDecision | undefined },
    ): Promise<GrabOutcome> => {
      const target = grabTargetOf(subject, decision);
      return target ? grabRelease(release, target, overrideRejection) : "failed";
    },
    [subject],
  );
}

/** Searching every indexer costs requests against their limits: it starts only when asked. */
export function InteractiveSearch({ subject, label = "Search indexers" }: { subject: SearchSubject; label?: string }) {
  const [open, setOpen] = useState(false);
  const onGrab = useSubjectGrab(subject);
  if (open) return <ReleaseSearch subject={subject} onGrab={onGrab} />;
  return (
    <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
      <Search aria-hidden /> {label}
    </Button>
  );
}

/**
 * The same search in a dialog, from a small button (an episode row): the list of releases needs
 * the width a row does not have.
 */
export function InteractiveSearchDialog({
  subject,
  title,
  label,
}: {
  subject: SearchSubject;
  /** What is searched for, e.g. "S01E03 · Lord Snow". */
  title: string;
  /** The button's accessible name, e.g. "Search indexers for episode 3". */
  label: string;
}) {
  const [open, setOpen] = useState(false);
  const onGrab = useSubjectGrab(subject);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button variant="ghost" size="icon" aria-label={label} title={label} onClick={() => setOpen(true)}>
        <Search aria-hidden />
      </Button>
      <DialogContent className="sm:max-w-[min(84rem,calc(100%-2rem))]">
        <DialogHeader>
          <DialogTitle>Interactive search</DialogTitle>
          <DialogDescription>{title}</DialogDescription>
        </DialogHeader>
        {open && <ReleaseSearch subject={subject} onGrab={onGrab} />}
      </DialogContent>
    </Dialog>
  );
}
