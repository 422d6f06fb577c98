"use client";

import { Search } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { grabAction } from "@/app/(app)/activity/actions";
import { Button } from "@/components/ui/button";
import type { ParsedRelease, SearchSubject } from "@/lib/indexers";
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

  async function onGrab(release: ParsedRelease) {
    if (!target) return;
    const result = await grabAction({ release, ...target });
    if (!result.ok) {
      toast.error(result.error);
      return;
    }
    const skipped = result.data.skipped.length
      ? ` (${result.data.skipped.map((s) => s.clientName).join(", ")} skipped)`
      : "";
    toast.success(`Sent to ${result.data.clientName}${skipped}`, {
      action: { label: "Activity", onClick: () => window.location.assign("/activity") },
    });
  }

  if (open) return <ReleaseSearch subject={subject} onGrab={target ? onGrab : undefined} />;
  return (
    <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
      <Search aria-hidden /> {label}
    </Button>
  );
}
