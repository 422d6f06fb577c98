"use client";

import { Play } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState, type Dispatch, type SetStateAction } from "react";
import { toast } from "sonner";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type ListFeatures } from "@/components/data-table/data-table";
import { formatDuration } from "@/components/format";
import { useEvents } from "@/components/live/use-events";
import { RelativeTime } from "@/components/relative-time";
import { Button } from "@/components/ui/button";
import type { Task } from "@/lib/system";
import { runTaskAction } from "./actions";
import { LastRun, type LiveState } from "./last-run";

type SetLive = Dispatch<SetStateAction<Record<string, LiveState>>>;

async function runNow(task: Task, setLive: SetLive) {
  setLive((s) => ({ ...s, [task.name]: { phase: "queued" } }));
  const result = await runTaskAction(task.name);
  if (!result.ok) {
    setLive(({ [task.name]: _failed, ...rest }) => rest);
    toast.error(result.error);
  } else toast.success(`${task.title} queued`);
}

function RunButton({ task, busy, setLive }: { task: Task; busy: boolean; setLive: SetLive }) {
  if (!task.runnable) return null;
  return (
    <Button
      size="sm"
      variant="outline"
      onClick={() => void runNow(task, setLive)}
      disabled={busy}
      aria-label={`Run ${task.title} now`}
    >
      <Play aria-hidden /> Run now
    </Button>
  );
}

const helper = createColumnHelper<ListFeatures, Task>();

const columnsFor = (live: Record<string, LiveState>, setLive: SetLive) =>
  helper.columns([
    helper.display({
      id: "task",
      header: "Task",
      cell: ({ row: { original: task } }) => (
        <>
          <p className="font-medium">{task.title}</p>
          <p className="text-xs text-muted-foreground">{task.description}</p>
        </>
      ),
    }),
    helper.display({
      id: "lastRun",
      header: "Last run",
      cell: ({ row: { original: task } }) => <LastRun state={live[task.name]} task={task} />,
    }),
    helper.display({
      id: "duration",
      header: "Duration",
      cell: ({ row }) => formatDuration(row.original.lastRun?.durationMs ?? null),
    }),
    helper.display({
      id: "nextRun",
      header: "Next run",
      cell: ({ row: { original: task } }) =>
        task.nextRunAt ? (
          <RelativeTime iso={task.nextRunAt} title={task.cron ?? undefined} />
        ) : (
          <span className="text-muted-foreground">{task.runnable ? "On demand" : "Per item"}</span>
        ),
    }),
    helper.display({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row: { original: task } }) => <RunButton task={task} busy={!!live[task.name]} setLive={setLive} />,
    }),
  ]);

/**
 * One table of tasks; `label` names it for assistive technology. A short list in the catalog's
 * order (no sorting); on a phone the last run and "Run now" fold under the task. Only runnable
 * (recurring) tasks have "Run now".
 */
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

  const columns = useMemo(() => columnsFor(live, setLive), [live]);
  return (
    <DataTable
      label={label}
      data={tasks}
      columns={columns}
      rowId={(t) => t.name}
      rowProps={(t) => ({ "data-testid": `task-${t.name}` })}
      layout={{
        task: { className: "whitespace-normal" },
        lastRun: { className: "hidden min-w-40 sm:table-cell" },
        duration: { className: "hidden md:table-cell" },
        nextRun: { className: "hidden sm:table-cell" },
        actions: { className: "hidden text-right sm:table-cell" },
      }}
      fold={(task) => (
        <div className="flex items-end justify-between gap-3">
          <div className="min-w-0 flex-1">
            <LastRun state={live[task.name]} task={task} />
          </div>
          <RunButton task={task} busy={!!live[task.name]} setLive={setLive} />
        </div>
      )}
    />
  );
}
