import type { Command } from "commander";
import { closeDb } from "@/lib/db";
import { closeJobQueue, listTasks, type TaskInfo } from "@/lib/jobs";

function cell(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === "" ? "-" : String(value);
}

function formatTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function renderTasks(tasks: TaskInfo[]): string {
  const header = [
    "QUEUE",
    "SCHEDULE",
    "NEXT RUN",
    "LAST RUN",
    "RESULT",
    "DURATION",
    "RUNS",
    "QUEUED",
    "ACTIVE",
    "FAILED",
    "DONE",
  ];
  const rows = tasks.map((t) => [
    t.name,
    t.schedule ? `${t.schedule.cron}${t.schedule.tz === "UTC" ? "" : ` ${t.schedule.tz}`}` : "-",
    cell(t.schedule?.nextRunAt),
    cell(t.lastRun?.startedAt),
    t.lastRun ? (t.lastRun.error ? `${t.lastRun.status}: ${t.lastRun.error}` : t.lastRun.status) : "-",
    t.lastRun?.durationMs != null ? `${t.lastRun.durationMs} ms` : "-",
    String(t.runCount),
    String(t.counts.queued),
    String(t.counts.active),
    String(t.counts.failed),
    String(t.counts.completed),
  ]);
  return formatTable([header, ...rows]);
}

/** `mydia jobs list`: queues, schedules and last runs. */
export function registerJobsCommand(program: Command): void {
  const jobs = program.command("jobs").description("Background jobs and scheduled tasks");
  jobs
    .command("list")
    .description("List queues with their schedule, last run and job counts")
    .option("--json", "print JSON instead of a table")
    .action(async (options: { json?: boolean }) => {
      try {
        const tasks = await listTasks();
        console.log(options.json ? JSON.stringify(tasks, null, 2) : renderTasks(tasks));
      } finally {
        await closeJobQueue({ graceMs: 0 });
        await closeDb();
      }
    });
}
