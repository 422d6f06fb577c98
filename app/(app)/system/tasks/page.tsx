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
      <TasksTable tasks={JSON.parse(JSON.stringify(tasks))} />
    </>
  );
}
