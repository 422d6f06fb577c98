export { getSystemStatus, checkDatabase, WORKER_OFFLINE_AFTER_SECONDS, type SystemStatus } from "./status";
export {
  healthCheckSchema,
  healthChecksSchema,
  type HealthCheck,
  type HealthChecks,
} from "./health-checks/health-check";
export { healthChecks, healthSummary, HEALTH_CACHE_MS } from "./health-checks/run-checks";
export { FAILING_TASK_RUNS } from "./health-checks/process.check";
export { provideBackupStatus, backupStatus, type BackupStatus, type BackupStatusSource } from "./backup-status";
export { getHealth, type Health } from "./health";
export { listTasks, runTask } from "./tasks";
export { taskSchema, type Task } from "./task-schema";
export { appVersion } from "@/lib/config";
export { setupChecklist, type SetupChecklist, type SetupStep, type SetupStepId } from "./setup-checklist";
export { systemLogs, systemLogsDownload } from "./logs.service";
export { metricsText } from "./metrics.service";
