import { assertCan, actorId, type Actor } from "@/lib/accounts";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { publish } from "@/lib/events";
import { isQueueName, listTasks as listJobTasks, queues, runNow, type TaskInfo } from "@/lib/jobs";
import type { Task } from "./task-schema";

const toTask = (info: TaskInfo): Task => ({
  name: info.name,
  title: info.title,
  description: info.description,
  runnable: info.runnable,
  cron: info.schedule?.cron ?? null,
  nextRunAt: info.schedule?.nextRunAt ?? null,
  lastRun: info.lastRun ? { ...info.lastRun, runCount: info.runCount } : null,
  counts: info.counts,
});

export async function listTasks(actor: Actor): Promise<Task[]> {
  assertCan(actor, "admin");
  return (await listJobTasks()).map(toTask);
}

/** The "Run now" button: enqueue the task at once (null when one is already waiting or running). */
export async function runTask(actor: Actor, name: string): Promise<{ jobId: string | null }> {
  assertCan(actor, "admin");
  if (!isQueueName(name)) throw new NotFoundError(`No task named "${name}"`);
  if (!queues[name].schedule)
    throw new ValidationError(
      `"${queues[name].title}" runs once per item when Mydia sends one (e.g. after a grab); it cannot be run on its own`,
    );
  const { jobId } = await runNow(name);
  await publish("task.queued", { name, jobId }, { actorId: actorId(actor) });
  return { jobId };
}
