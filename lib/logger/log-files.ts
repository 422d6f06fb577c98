import { mkdirSync } from "node:fs";
import path from "node:path";
import { createStream, type RotatingFileStream } from "rotating-file-stream";

/** Each process writes `<name>.log` in DATA_DIR/logs, rotated at this size into `<name>.log.1` … `.N`. */
export const LOG_FILE_SIZE = "10M";
export const LOG_FILES_KEPT = 5;
/** The names processes log under: the web server and the worker (a CLI run logs to stdout only). */
export const logFileNames = ["web", "worker"] as const;
export type LogFileName = (typeof logFileNames)[number];

export const logsDir = (dataDir: string) => path.join(dataDir, "logs");

export function openLogFile(
  dataDir: string,
  name: LogFileName,
  options: { size?: string; kept?: number } = {},
): RotatingFileStream {
  const dir = logsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return createStream(`${name}.log`, {
    path: dir,
    size: options.size ?? LOG_FILE_SIZE,
    rotate: options.kept ?? LOG_FILES_KEPT,
    mode: 0o600,
  });
}
