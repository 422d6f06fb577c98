export {
  getSystemStatus,
  checkDatabase,
  WORKER_OFFLINE_AFTER_SECONDS,
  type HealthProblem,
  type SystemStatus,
} from "./status";
export { getHealth, type Health } from "./health";
export { listTasks, runTask } from "./tasks";
export { taskSchema, type Task } from "./task-schema";
export { appVersion } from "@/lib/config";
export { setupChecklist, type SetupChecklist, type SetupStep, type SetupStepId } from "./setup-checklist";
