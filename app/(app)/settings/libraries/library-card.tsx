"use client";

import { RefreshCw, Trash2 } from "lucide-react";
import Link from "next/link";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { formatBytes, formatRelative } from "@/components/format";
import { useEvents } from "@/components/live/use-events";
import { LiveProgress } from "@/components/shell/live-progress";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Library } from "@/lib/library";
import { deleteLibraryAction, scanLibraryAction } from "./actions";
import { EditLibrary } from "./edit-library";
import { NamingForm } from "./naming-form";

interface Progress {
  seen: number;
  matched: number;
  unmatched: number;
  perSecond: number;
  done: boolean;
}

export function LibraryCard({ library, profiles }: { library: Library; profiles: { id: string; name: string }[] }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [pending, start] = useTransition();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => setNow(Date.now()), []);
  useEvents(["library.scan.progress"], (event) => {
    if (event.payload.libraryId === library.id) setProgress(event.payload);
  });
  const last = library.lastScan;
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <CardTitle className="flex items-center gap-2 text-base">
            {library.name} <Badge variant="secondary">{library.kind === "movie" ? "Movies" : "TV"}</Badge>
          </CardTitle>
          <CardDescription className="break-all font-mono text-xs">{library.path}</CardDescription>
          {library.problem ? (
            <p role="alert" className="text-sm text-destructive">
              {library.problem}
            </p>
          ) : (
            library.space && (
              <p className="text-xs text-muted-foreground">
                {formatBytes(library.space.freeBytes)} free of {formatBytes(library.space.totalBytes)}
              </p>
            )
          )}
        </div>
        <div className="flex gap-2">
          <EditLibrary library={library} profiles={profiles} />
          <Button
            size="sm"
            variant="outline"
            disabled={pending}
            onClick={() =>
              start(async () => {
                const result = await scanLibraryAction(library.id);
                if (!result.ok) return void toast.error(result.error);
                setProgress({ seen: 0, matched: 0, unmatched: 0, perSecond: 0, done: false });
                toast.success(result.data.jobId ? "Scan queued" : "A scan of this library is already running");
              })
            }
          >
            <RefreshCw className="size-4" aria-hidden /> Scan now
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Remove ${library.name}`}
            disabled={pending}
            onClick={() =>
              start(async () => {
                if (!window.confirm(`Remove the library "${library.name}"? Files on disk stay.`)) return;
                const result = await deleteLibraryAction(library.id);
                if (!result.ok) toast.error(result.error);
              })
            }
          >
            <Trash2 className="size-4" aria-hidden />
          </Button>
        </div>
      </CardHeader>
      <CardContent className="grid gap-4">
        {progress && (
          <LiveProgress
            label={progress.done ? "Scan finished" : "Scanning…"}
            status={progress.done ? "done" : "running"}
            detail={`${progress.seen.toLocaleString("en")} files · ${progress.matched.toLocaleString("en")} matched · ${progress.unmatched.toLocaleString("en")} unmatched · ${progress.perSecond.toLocaleString("en")}/s`}
          />
        )}
        <p className="text-sm text-muted-foreground">
          {last ? (
            <>
              Last scan {now ? formatRelative(library.lastScanAt, now) : ""}: {last.seen.toLocaleString("en")} files,{" "}
              {last.matched.toLocaleString("en")} matched,{" "}
              {last.unmatched > 0 ? (
                <Link className="underline underline-offset-4" href={`/unmatched?library=${library.id}`}>
                  {last.unmatched.toLocaleString("en")} unmatched
                </Link>
              ) : (
                "0 unmatched"
              )}
              , {last.missing} newly missing{last.errors.length > 0 ? `, ${last.errors.length} problems` : ""}.
            </>
          ) : (
            "Not scanned yet."
          )}{" "}
          Import mode: {library.importMode === "hardlink" ? "hardlink (copy across drives)" : library.importMode}. Scans
          every {library.scanIntervalHours || "—"} h; recycle bin kept {library.recycleDays} days.
        </p>
        {last && last.errors.length > 0 && (
          <details className="text-sm">
            <summary className="cursor-pointer text-muted-foreground">Problems of the last scan</summary>
            <ul className="mt-2 grid gap-1 font-mono text-xs">
              {last.errors.slice(0, 50).map((e) => (
                <li key={`${e.path}:${e.message}`} className="break-all">
                  {e.path}: {e.message}
                </li>
              ))}
            </ul>
          </details>
        )}
        <NamingForm library={library} />
      </CardContent>
    </Card>
  );
}
