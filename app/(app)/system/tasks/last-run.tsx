import { RelativeTime } from "@/components/relative-time";
import { LiveProgress } from "@/components/shell/live-progress";
import { Badge } from "@/components/ui/badge";
import type { Task } from "@/lib/system";

/** A task's live state from its events, between "queued" and "finished". */
export type LiveState = { phase: "queued" | "running"; value?: number; detail?: string };

const statusVariant = { succeeded: "secondary", failed: "destructive", running: "outline" } as const;

export function LastRun({ state, task }: { state: LiveState | undefined; task: Task }) {
  if (state)
    return (
      <LiveProgress
        label={state.phase === "queued" ? "Queued…" : "Running…"}
        value={state.value}
        detail={state.detail}
      />
    );
  if (!task.lastRun) return <span className="text-sm text-muted-foreground">Never ran</span>;
  return (
    <div className="grid justify-items-start gap-1" data-testid="last-run">
      <Badge variant={statusVariant[task.lastRun.status]} data-testid="last-status">
        {task.lastRun.status}
      </Badge>
      <RelativeTime
        className="text-xs text-muted-foreground"
        iso={task.lastRun.finishedAt ?? task.lastRun.startedAt}
        title={task.lastRun.startedAt}
      />
      {task.lastRun.error && <span className="text-xs text-destructive">{task.lastRun.error}</span>}
    </div>
  );
}
