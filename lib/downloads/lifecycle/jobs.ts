import type { PayloadOf } from "@/lib/jobs";
import { importDownload, type DownloadImportResult } from "./import.service";
import { monitorDownloads, type MonitorSummary } from "./monitor.service";

interface JobOf<T> {
  id: string;
  data: T;
  signal: AbortSignal;
  attempt: number;
}

export function downloadsMonitorHandler(job: JobOf<PayloadOf<"downloads.monitor">>): Promise<MonitorSummary> {
  return monitorDownloads({ signal: job.signal });
}

export function downloadsImportHandler(job: JobOf<PayloadOf<"downloads.import">>): Promise<DownloadImportResult> {
  return importDownload(job.data.downloadId);
}
