"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatBytes } from "@/components/format";
import { useEvents } from "@/components/live/use-events";
import { LiveProgress } from "@/components/shell/live-progress";
import type { EventPayload } from "@/lib/events/event-types";

type Move = EventPayload<"library.move.progress">;

/** The files of this title moving to its new library (library.move), live; the page re-reads when it ends. */
export function MoveProgress({
  owner,
  libraryNames,
}: {
  owner: { movieId: string } | { seriesId: string };
  libraryNames: Record<string, string>;
}) {
  const router = useRouter();
  const [move, setMove] = useState<Move | null>(null);
  useEvents(["library.move.progress"], (event) => {
    const p = event.payload;
    if ("movieId" in owner ? p.movieId !== owner.movieId : p.seriesId !== owner.seriesId) return;
    setMove(p);
    if (p.state !== "moving") router.refresh();
  });
  if (!move) return null;
  const to = libraryNames[move.libraryId] ?? "the new library";
  const percent =
    move.bytesTotal > 0 ? (move.bytesDone / move.bytesTotal) * 100 : move.total ? (move.done / move.total) * 100 : 0;
  return (
    <div className="mb-4 grid gap-2 rounded-xl border bg-card p-4" data-testid="move-progress" aria-live="polite">
      <LiveProgress
        label={
          move.state === "done"
            ? `Files moved to ${to}`
            : move.state === "failed"
              ? `Some files could not move to ${to}`
              : `Moving files to ${to}`
        }
        value={move.state === "done" ? 100 : percent}
        status={move.state === "moving" ? "running" : move.state}
        detail={`${move.done} of ${move.total} ${move.total === 1 ? "file" : "files"} · ${formatBytes(move.bytesDone)} of ${formatBytes(move.bytesTotal)}`}
      />
      {move.failed.length > 0 && (
        <ul className="grid gap-1 text-sm text-destructive">
          {move.failed.map((f) => (
            <li key={f.relativePath} className="break-words">
              <span className="font-mono text-xs">{f.relativePath}</span>: {f.error}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
