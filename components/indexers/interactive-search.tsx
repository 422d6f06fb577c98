"use client";

import { Search } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { grabAction } from "@/app/(app)/activity/actions";
import { Button } from "@/components/ui/button";
import type { InteractiveRelease } from "@/lib/automation";
import type { SearchSubject } from "@/lib/indexers";
import type { GrabOutcome } from "./grab-button";
import { ReleaseSearch } from "./release-search";

/** What a grab from this subject is for; null where grabbing is not wired (season searches: packs need an episode list). */
function grabTarget(subject: SearchSubject): { movieId: string } | { episodeIds: string[] } | null {
  if (subject.movieId) return { movieId: subject.movieId };
  if (subject.episodeId) return { episodeIds: [subject.episodeId] };
  return null;
}

/** Searching every indexer costs requests against their limits: it starts only when asked. */
export function InteractiveSearch({ subject, label = "Search indexers" }: { subject: SearchSubject; label?: string }) {
  const [open, setOpen] = useState(false);
  const target = grabTarget(subject);

  async function onGrab(
    release: InteractiveRelease,
    { overrideRejection }: { overrideRejection: boolean },
  ): Promise<GrabOutcome> {
    if (!target) return "failed";
    const result = await grabAction({
      releaseId: release.id,
      ...target,
      ...(overrideRejection ? { overrideRejection: true } : {}),
    });
    if (!result.ok) {
      toast.error(result.error);
      return "failed";
    }
    const skipped = result.data.skipped.length
      ? ` (${result.data.skipped.map((s) => s.clientName).join(", ")} skipped)`
      : "";
    toast.success(`Sent to ${result.data.clientName}${skipped}`, {
      action: { label: "Activity", onClick: () => window.location.assign("/activity") },
    });
    return "grabbed";
  }

  if (open) return <ReleaseSearch subject={subject} onGrab={target ? onGrab : undefined} />;
  return (
    <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
      <Search aria-hidden /> {label}
    </Button>
  );
}
