"use client";

import { Play } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { formatDuration } from "@/components/format";
import { useEvents } from "@/components/live/use-events";
import { RelativeTime } from "@/components/relative-time";
import { LiveProgress } from "@/components/shell/live-progress";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Task } from "@/lib/system";
import { runTaskAction } from "./actions";

type LiveState = { phase: "queued" | "running"; value?: number; detail?: string };

const statusVariant = { succeeded: "secondary", failed: "destructive", running: "outline" } as const;

/** One table of tasks; `label` names it for assistive technology. Only runnable (recurring) tasks have "Run now". */
export function TasksTable({ tasks, label }: { tasks: Task[]; label: string }) {
  const router = useRouter();
  const [live, setLive] = useState<Record<string, LiveState>>({});

  useEvents(["task."], (event) => {
    const name = event.payload.name;
    if (event.type === "task.queued") setLive((s) => ({ ...s, [name]: { phase: "queued" } }));
    else if (event.type === "task.started") setLive((s) => ({ ...s, [name]: { phase: "running" } }));
    else if (event.type === "task.progress") {
      const { done, total } = event.payload;
      const detail = event.payload.detail ?? `${done} of ${total}`;
      setLive((s) => ({
        ...s,
        [name]: { phase: "running", value: total > 0 ? (done / total) * 100 : undefined, detail },
      }));
    } else if (event.type === "task.finished") {
      setLive(({ [name]: _done, ...rest }) => rest);
      router.refresh();
    }
  });

  async function runNow(task: Task) {
    setLive((s) => ({ ...s, [task.name]: { phase: "queued" } }));
    const result = await runTaskAction(task.name);
    if (!result.ok) {
      setLive(({ [task.name]: _failed, ...rest }) => rest);
      toast.error(result.error);
    } else toast.success(`${task.title} queued`);
  }

  return (
    <div className="rounded-lg border">
      <Table aria-label={label}>
        <TableHeader>
          <TableRow>
            <TableHead>Task</TableHead>
            <TableHead className="hidden sm:table-cell">Last run</TableHead>
            <TableHead className="hidden md:table-cell">Duration</TableHead>
            <TableHead className="hidden sm:table-cell">Next run</TableHead>
            <TableHead className="hidden text-right sm:table-cell">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tasks.map((task) => {
            const state = live[task.name];
            const lastRun = <LastRun state={state} task={task} />;
            const runButton = task.runnable ? (
              <Button
                size="sm"
                variant="outline"
                onClick={() => runNow(task)}
                disabled={!!state}
                aria-label={`Run ${task.title} now`}
              >
                <Play aria-hidden /> Run now
              </Button>
            ) : null;
            return (
              <TableRow key={task.name} data-testid={`task-${task.name}`}>
                <TableCell className="whitespace-normal">
                  <p className="font-medium">{task.title}</p>
                  <p className="text-xs text-muted-foreground">{task.description}</p>
                  {/* Phones: the other columns fold into the first one. */}
                  <div className="mt-3 flex items-end justify-between gap-3 sm:hidden">
                    <div className="min-w-0 flex-1">{lastRun}</div>
                    {runButton}
                  </div>
                </TableCell>
                <TableCell className="hidden min-w-40 sm:table-cell">{lastRun}</TableCell>
                <TableCell className="hidden md:table-cell">
                  {formatDuration(task.lastRun?.durationMs ?? null)}
                </TableCell>
                <TableCell className="hidden sm:table-cell">
                  {task.nextRunAt ? (
                    <RelativeTime iso={task.nextRunAt} title={task.cron ?? undefined} />
                  ) : (
                    <span className="text-muted-foreground">{task.runnable ? "On demand" : "Per item"}</span>
                  )}
                </TableCell>
                <TableCell className="hidden text-right sm:table-cell">{runButton}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

function LastRun({ state, task }: { state: LiveState | undefined; task: Task }) {
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
