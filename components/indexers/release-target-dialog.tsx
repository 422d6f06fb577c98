"use client";

import { LoaderCircle } from "lucide-react";
import { useEffect, useState } from "react";
import { releaseTargetAction } from "@/app/(app)/activity/actions";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { InteractiveRelease, ReleaseTarget } from "@/lib/automation";
import type { GrabOutcome } from "./grab-button";
import { ReleaseTargetForm } from "./release-target-form";

/**
 * Asks what a free-text search result is for before grabbing it: the movie, or the series and
 * episodes its name points at are picked already (the server's proposal); the user confirms or
 * picks others. Reasons the quality profile rejects it for that pick are shown, and the grab then
 * says the user overrode them.
 */
export function ReleaseTargetDialog({
  release,
  onDone,
}: {
  release: InteractiveRelease;
  onDone: (outcome: GrabOutcome) => void;
}) {
  const [proposal, setProposal] = useState<ReleaseTarget | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void releaseTargetAction(release.id).then((result) => {
      if (!current) return;
      if (result.ok) setProposal(result.data);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [release.id]);

  return (
    <Dialog open onOpenChange={(open) => !open && onDone("failed")}>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>What is this release for?</DialogTitle>
          <DialogDescription className="[overflow-wrap:anywhere]">{release.title}</DialogDescription>
        </DialogHeader>
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        {!proposal && !error && (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <LoaderCircle className="size-4 animate-spin" aria-hidden /> Matching the name to your catalog…
          </p>
        )}
        {proposal && <ReleaseTargetForm release={release} proposal={proposal} onDone={onDone} />}
      </DialogContent>
    </Dialog>
  );
}
