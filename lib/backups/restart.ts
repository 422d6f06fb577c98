/**
 * Shared with the supervisor (bin/start.ts), which must not load the database code: a web process
 * exits with this code after a restore was asked for, and the supervisor stops the worker, runs
 * `mydia migrate` (which applies the restore, then the migrations) and starts both again.
 */
export const RESTART_FOR_RESTORE_EXIT_CODE = 75;
/** Set by the supervisor on the processes it runs: the web app then restarts itself to restore. */
export const SUPERVISED_ENV = "MYDIA_SUPERVISED";
