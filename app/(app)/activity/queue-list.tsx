"use client";

import { MoreVertical } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { LiveProgress } from "@/components/shell/live-progress";
import { useEvents } from "@/components/live/use-events";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { QueueItem } from "@/lib/downloads/lifecycle/download.view";
import { removeFromQueueAction } from "./actions";
import { formatBytes } from "./format";

const statusLabels: Record<string, string> = {
  queued: "Queued",
  downloading: "Downloading",
  paused: "Paused",
  stalled: "Stalled",
  verifying: "Verifying",
  warning: "Warning",
  importing: "Importing",
  failed: "Failed",
  removed: "Removed",
};

type Live = { progress: number; status: string; error: string | null; downloadSpeed?: number; etaSeconds?: number | null };

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
    const p = event.payload as { downloadId?: string } & Partial<Live>;
    if (event.type === "download.progress" && p.downloadId && items.some((i) => i.id === p.downloadId)) {
      setLive((current) => ({
        ...current,
        [p.downloadId!]: { progress: Number(p.progress ?? 0), status: String(p.status ?? "downloading"), error: (p.error as string | null) ?? null, downloadSpeed: p.downloadSpeed, etaSeconds: p.etaSeconds },
      }));
      return;
    }
    if (refreshTimer.current) return;
    refreshTimer.current = setTimeout(() => {
      refreshTimer.current = null;
      router.refresh();
    }, 300);
  });

  async function remove(item: QueueItem, removeFromClient: boolean, blocklist: boolean) {
    const what = blocklist ? "Remove it from the client and blocklist the release" : removeFromClient ? "Remove it from the client too (with its data)" : "Take it off Mydia's queue (the client keeps it)";
    if (!window.confirm(`${item.title}\n\n${what}?`)) return;
    const result = await removeFromQueueAction(item.id, { removeFromClient, blocklist });
    if (!result.ok) toast.error(result.error);
    else toast.success(blocklist ? "Removed and blocklisted" : "Removed from the queue");
  }

  return (
    <ul className="grid grid-cols-[minmax(0,1fr)] gap-3" aria-label="Download queue">
      {items.map((item) => {
        const state = live[item.id] ?? { progress: item.progress, status: item.status, error: item.error };
        const failed = state.status === "failed";
        const speed = state.downloadSpeed ? `${formatBytes(state.downloadSpeed)}/s` : null;
        const detail = [`${Math.round(state.progress)}%`, speed, eta(state.etaSeconds)].filter(Boolean).join(" · ");
        return (
          <li key={item.id}>
            <Card>
              <CardContent className="grid grid-cols-[minmax(0,1fr)] gap-3 py-4">
                <div className="flex items-start gap-2">
                  <div className="min-w-0 flex-1">
                    <p className="[overflow-wrap:anywhere] font-medium" title={item.title}>
                      {item.title}
                    </p>
                    <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                      <Badge variant={failed ? "destructive" : "secondary"}>{statusLabels[state.status] ?? state.status}</Badge>
                      {item.quality && <Badge variant="outline">{item.quality}</Badge>}
                      <span>{item.clientName}</span>
                      {item.indexerName && <span>· {item.indexerName}</span>}
                      {item.size !== null && <span>· {formatBytes(item.size)}</span>}
                    </div>
                  </div>
                  {canManage && (
                    <DropdownMenu>
                      <DropdownMenuTrigger asChild>
                        <Button variant="ghost" size="icon" aria-label={`Actions for ${item.title}`}>
                          <MoreVertical className="size-4" />
                        </Button>
                      </DropdownMenuTrigger>
                      <DropdownMenuContent align="end">
                        <DropdownMenuItem onSelect={() => void remove(item, false, false)}>Remove from queue</DropdownMenuItem>
                        <DropdownMenuItem onSelect={() => void remove(item, true, false)}>Remove from client</DropdownMenuItem>
                        <DropdownMenuItem onSelect={() => void remove(item, true, true)} className="text-destructive">
                          Remove and blocklist
                        </DropdownMenuItem>
                      </DropdownMenuContent>
                    </DropdownMenu>
                  )}
                </div>
                <LiveProgress
                  label={<span className="sr-only">Progress of {item.title}</span>}
                  value={state.status === "queued" && state.progress === 0 ? null : state.progress}
                  status={failed ? "failed" : state.status === "importing" ? "done" : "running"}
                  detail={failed ? "Failed" : state.status === "importing" ? "Importing…" : detail}
                />
                {state.error && <p className="text-sm [overflow-wrap:anywhere] text-destructive">{state.error}</p>}
              </CardContent>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
