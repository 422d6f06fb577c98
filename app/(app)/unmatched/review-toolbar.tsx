"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { chooseTitlesAction, rematchAction } from "./actions";

/** Accept every likely suggestion at once, or match everything unmatched again (a background job each). */
export function ReviewToolbar({
  libraryId,
  likely,
  threshold,
}: {
  libraryId: string;
  likely: { folder: string; tmdbId: number }[];
  threshold: number;
}) {
  const [pending, start] = useTransition();
  const acceptAll = () =>
    start(async () => {
      const result = await chooseTitlesAction(libraryId, likely);
      if (!result.ok) return void toast.error(result.error);
      toast.success(`Matching ${likely.length} folder(s) as suggested`);
    });
  const rematch = () =>
    start(async () => {
      const result = await rematchAction(libraryId, undefined);
      if (!result.ok) return void toast.error(result.error);
      toast.success("Matching the unmatched files again");
    });
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" size="sm" disabled={pending || likely.length === 0} onClick={acceptAll}>
        Accept {likely.length} likely {likely.length === 1 ? "match" : "matches"} (≥ {Math.round(threshold * 100)} %)
      </Button>
      <Button type="button" size="sm" variant="outline" disabled={pending} onClick={rematch}>
        Match all again
      </Button>
    </div>
  );
}
