import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/accounts/next";
import { listTasks } from "@/lib/system";
import { TasksTable } from "./tasks-table";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  const tasks = await listTasks(await requirePageActor("admin"));
  return (
    <>
      <PageHeader
        title="Tasks"
        description="Background work: what ran, when it runs next, and a button to run it now."
      />
      <section aria-labelledby="scheduled-tasks" className="grid gap-3">
        <h2 id="scheduled-tasks" className="text-lg font-semibold">
          Scheduled tasks
        </h2>
        <TasksTable label="Scheduled tasks" tasks={tasks.filter((task) => task.runnable)} />
      </section>
      <section aria-labelledby="per-item-jobs" className="mt-8 grid gap-3">
        <div>
          <h2 id="per-item-jobs" className="text-lg font-semibold">
            Per-item jobs
          </h2>
          <p className="text-sm text-muted-foreground">
            Started by Mydia for one item at a time (an import after a download, a search after a grab or an add).
          </p>
        </div>
        <TasksTable label="Per-item jobs" tasks={tasks.filter((task) => !task.runnable)} />
      </section>
    </>
  );
}
