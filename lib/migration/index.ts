/** Moving over from another manager: Radarr's and Sonarr's v3 API read, planned (dry run) and imported. */
export {
  dryRunArrImport,
  startArrImport,
  arrImportHandler,
  listArrImports,
  ARR_IMPORT_TASK,
  type ArrDryRun,
  type ArrImportView,
} from "./arr-import.service";
export { arrImportInput, type ArrImportInput } from "./arr-import.input";
export { ArrPeerResponseError, type ArrApp } from "./arr-peer";
export { sections, type Section, type Action, type PlanItem, type PlanSummary } from "./plan";
export type { ImportFailure } from "./apply";
