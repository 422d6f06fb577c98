import pino from "pino";
import type { RotatingFileStream } from "rotating-file-stream";
import { logFileNames, openLogFile, type LogFileName } from "./log-files";
import { scrubSecrets, scrubValue } from "./scrub";

const level = process.env.LOG_LEVEL ?? "info";

/** One file stream per process, even when the module is loaded twice (Next's bundles and the server's). */
const FILE_KEY = Symbol.for("mydia.logger.file");
type Holder = { [FILE_KEY]?: { name: LogFileName; stream: RotatingFileStream } };
const currentFile = () => (globalThis as Holder)[FILE_KEY];

/** Where the lines go: stdout always; a rotating file in DATA_DIR/logs once the process names itself. */
const streams = pino.multistream([
  { stream: process.stdout, level: "trace" },
  { stream: { write: (line: string) => void currentFile()?.stream.write(line) }, level: "trace" },
]);

/**
 * One pino logger (JSON lines on stdout, and in DATA_DIR/logs for the web server and the worker);
 * contexts take a child: logger.child({ context: "jobs" }). Secrets are censored by key (password,
 * apiKey, token…) and scrubbed out of strings (apikey= in URLs, user:pass@ hosts, bearer tokens),
 * in messages, fields and errors alike.
 */
export const logger = pino(
  {
    level,
    base: { pid: process.pid },
    redact: {
      paths: ["*.password", "*.apiKey", "*.token", "*.secret", "password", "apiKey", "*.headers.authorization"],
      censor: "[redacted]",
    },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === "string" ? scrubSecrets(arg) : arg)) as Parameters<typeof method>,
        );
      },
    },
    formatters: { log: (object) => scrubValue(object) as Record<string, unknown> },
    serializers: {
      err: (error: Error) => {
        const serialized = pino.stdSerializers.err(error);
        return serialized ? (scrubValue({ ...serialized }) as typeof serialized) : serialized;
      },
    },
  },
  streams,
);
export type Logger = typeof logger;

/**
 * From now on this process also writes its log to DATA_DIR/logs/<name>.log (rotated by size). The
 * worker calls it at start; the web server sets MYDIA_LOG_FILE=web and MYDIA_LOG_DATA_DIR before Next.js loads this module.
 */
export function writeLogFile(dataDir: string, name: LogFileName, options: { size?: string; kept?: number } = {}) {
  const holder = globalThis as Holder;
  if (holder[FILE_KEY]) return holder[FILE_KEY].stream;
  const stream = openLogFile(dataDir, name, options);
  stream.on("error", (error) => process.stderr.write(`mydia: log file: ${error.message}\n`));
  holder[FILE_KEY] = { name, stream };
  return stream;
}

/** Ends this process's log file (the lines written so far reach the disk): call before process.exit. */
export async function closeLogFile(): Promise<void> {
  const holder = globalThis as Holder;
  const file = holder[FILE_KEY];
  if (!file) return;
  delete holder[FILE_KEY];
  await new Promise<void>((resolve) => {
    file.stream.once("error", () => resolve());
    file.stream.end(() => resolve());
  });
}

/** Set by bin/web.ts for the Next.js bundles, which load their own copy of this module. */
const fromEnv = process.env.MYDIA_LOG_FILE;
const dirFromEnv = process.env.MYDIA_LOG_DATA_DIR;
if (fromEnv && dirFromEnv && (logFileNames as readonly string[]).includes(fromEnv))
  writeLogFile(dirFromEnv, fromEnv as LogFileName);

export { logFileNames, logsDir, LOG_FILE_SIZE, LOG_FILES_KEPT, type LogFileName } from "./log-files";
export { scrubSecrets, REDACTED } from "./scrub";
export { readLogs, logLevels, logQuerySchema, type LogEntry, type LogQuery, type LogPage } from "./read-logs";
