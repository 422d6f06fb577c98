import pino from "pino";

const level = process.env.LOG_LEVEL ?? "info";

/** One pino logger (JSON lines on stdout); contexts take a child: logger.child({ context: "jobs" }). */
export const logger = pino({
  level,
  base: { pid: process.pid },
  redact: { paths: ["*.password", "*.apiKey", "*.token", "*.secret", "password", "apiKey"], censor: "[redacted]" },
});
export type Logger = typeof logger;
