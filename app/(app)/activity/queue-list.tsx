"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { RelativeTime } from "@/components/relative-time";
import { LiveProgress } from "@/components/shell/live-progress";
import { useEvents } from "@/components/live/use-events";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { cn } from "@/components/ui/utils";
import type { QueueItem } from "@/lib/downloads";
import { TitleCell } from "@/components/downloads/title-cell";
import { formatBytes } from "./format";
import { QueueRowActions } from "./queue-row-actions";

const statusBadges: Record<string, { label: string; variant: BadgeProps["variant"] }> = {
  queued: { label: "Queued", variant: "secondary" },
  downloading: { label: "Downloading", variant: "info" },
  paused: { label: "Paused", variant: "secondary" },
  stalled: { label: "Stalled", variant: "warning" },
  verifying: { label: "Verifying", variant: "secondary" },
  warning: { label: "Warning", variant: "warning" },
  importing: { label: "Importing", variant: "success" },
  "needs-extraction": { label: "Needs extraction", variant: "warning" },
  "not-an-upgrade": { label: "Not an upgrade", variant: "warning" },
  imported: { label: "Imported", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
  removed: { label: "Removed", variant: "secondary" },
};

type Live = {
  progress: number;
  status: string;
  error: string | null;
  downloadSpeed?: number | null;
  etaSeconds?: number | null;
};

function eta(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined || seconds < 0) return null;
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
}

/** The download queue; progress is patched from `download.progress` events, other download events refresh the page. */
export function QueueList({ items, canManage }: { items: QueueItem[]; canManage: boolean }) {
  const router = useRouter();
  const [live, setLive] = useState<Record<string, Live>>({});
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => setLive({}), [items]);
  useEvents(["download."], (event) => {
    if (event.type === "download.progress") {
      // One event per monitor pass: every download whose state changed. One not listed here (new,
      // or gone from this page) needs the page itself.
      const shown = new Set(items.map((i) => i.id));
      const mine = event.payload.items.filter((p) => shown.has(p.downloadId));
      if (mine.length > 0)
        setLive((current) => {
          const next = { ...current };
          for (const p of mine) next[p.downloadId] = p;
          return next;
        });
      if (mine.length === event.payload.items.length) return;
    }
    if (refreshTimer.current) return;
    refreshTimer.current = setTimeout(() => {
      refreshTimer.current = null;
      router.refresh();
    }, 300);
  });

  return (
    <ul className="grid grid-cols-[minmax(0,1fr)] gap-3" aria-label="Download queue">
      {items.map((item) => {
        const state = live[item.id] ?? { progress: item.progress, status: item.status, error: item.error };
        const failed = state.status === "failed";
        const parked = state.status === "needs-extraction" || state.status === "not-an-upgrade";
        const finished = state.status === "importing" || parked;
        // Finished downloads stay "importing" while their import fails: say so rather than "Importing".
        const importFailed = state.status === "importing" && state.error !== null && /import failed/i.test(state.error);
        const badge = importFailed
          ? { label: "Import failed", variant: "destructive" as const }
          : (statusBadges[state.status] ?? { label: state.status, variant: "secondary" as const });
        const speed = state.downloadSpeed ? `${formatBytes(state.downloadSpeed)}/s` : null;
        const waiting = state.status === "queued" && state.progress === 0;
        const detail = waiting
          ? "Waiting in the client…"
          : [`${Math.round(state.progress)}%`, speed, eta(state.etaSeconds)].filter(Boolean).join(" · ");
        return (
          <li key={item.id} data-testid="queue-row">
            <Card>
              <CardContent className="grid grid-cols-[minmax(0,1fr)] gap-3 py-4">
                <div className="flex items-start gap-2">
                  <div className="min-w-0 flex-1">
                    <TitleCell subject={item.subject} release={item.title} />
                    {item.clientProblem && (
                      <p className="mt-1 text-sm text-destructive [overflow-wrap:anywhere]" role="status">
                        {item.clientName} is unreachable
                        {item.clientProblem.since && (
                          <>
                            {" "}
                            since <RelativeTime iso={item.clientProblem.since} />
                          </>
                        )}
                        : {item.clientProblem.message}. The state below is the last one it reported.
                      </p>
                    )}
                    {state.error && (
                      <p
                        className={cn(
                          "mt-1 text-sm [overflow-wrap:anywhere]",
                          failed || importFailed ? "text-destructive" : "text-muted-foreground",
                        )}
                      >
                        {state.error}
                      </p>
                    )}
                    <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                      <Badge variant={badge.variant}>{badge.label}</Badge>
                      {item.quality && <Badge variant="outline">{item.quality}</Badge>}
                      <span>{item.clientName}</span>
                      {item.indexerName && <span>· {item.indexerName}</span>}
                      {item.size !== null && <span>· {formatBytes(item.size)}</span>}
                    </div>
                  </div>
                  {canManage && <QueueRowActions item={item} status={state.status} />}
                </div>
                <LiveProgress
                  label={<span className="sr-only">Progress of {item.title}</span>}
                  value={waiting ? null : state.progress}
                  status={failed ? "failed" : finished ? "done" : "running"}
                  detail={failed ? "Failed" : importFailed || parked ? "Downloaded" : finished ? "Importing…" : detail}
                />
              </CardContent>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
