import { publish } from "@/lib/events";
import type { JobHandler, PayloadOf } from "@/lib/jobs";
import { listBackups } from "./backup-files";
import { createBackup } from "./create-backup";
import { readBackupSettings } from "./settings";

/** A tick this close to the interval counts as due: the hourly tick never drifts a whole interval late. */
const SLACK_MS = 10 * 60_000;

/**
 * The `backups.create` queue: { manual: true } writes a backup now; the hourly tick writes a
 * scheduled one when the interval (System → Backups, default daily) has passed since the last,
 * then keeps the newest N. Progress goes out as task.progress events.
 */
export const backupsCreateHandler: JobHandler<PayloadOf<"backups.create">> = async (job) => {
  const settings = await readBackupSettings();
  if (!job.data.manual) {
    if (settings.intervalHours === 0) return { skipped: "scheduled backups are off" };
    const last = (await listBackups()).backups.find((b) => b.kind === "scheduled");
    if (last && Date.now() - Date.parse(last.createdAt) < settings.intervalHours * 3_600_000 - SLACK_MS)
      return { skipped: "not due", last: last.name };
  }
  const backup = await createBackup({
    kind: job.data.manual ? "manual" : "scheduled",
    ...(job.data.manual ? {} : { keep: settings.keep }),
    onProgress: (p) => publish("task.progress", { name: "backups.create", ...p }),
  });
  return { backup: backup.name, bytes: backup.bytes };
};
