import type { PayloadOf } from "@/lib/jobs";
import { importDownload, type DownloadImportResult } from "./import.service";
import { monitorWhileActive, type MonitorRun } from "./monitor-job";

interface JobOf<T> {
  id: string;
  data: T;
  signal: AbortSignal;
  attempt: number;
}

/** Sent at each grab and every minute (cron); passes every second within the job while something is downloading. */
export function downloadsMonitorHandler(job: JobOf<PayloadOf<"downloads.monitor">>): Promise<MonitorRun> {
  return monitorWhileActive({ signal: job.signal });
}

export function downloadsImportHandler(job: JobOf<PayloadOf<"downloads.import">>): Promise<DownloadImportResult> {
  return importDownload(job.data.downloadId);
}
