import { AsyncLocalStorage } from "node:async_hooks";
import type { LoggerInstance } from "next-auth";
import { logger } from "@/lib/logger";

const log = logger.child({ context: "auth" });

/** The failure next-auth reported while handling the current request (it only redirects with a generic code). */
export const authFailures = new AsyncLocalStorage<{ error?: unknown }>();

function errorOf(metadata: unknown): unknown {
  if (metadata instanceof Error) return metadata;
  if (metadata && typeof metadata === "object" && "error" in metadata) return metadata.error;
  return metadata;
}

/** next-auth's logger: into pino, and the error kept for the request so the sign-in page can say what went wrong. */
export const authLogger: Partial<LoggerInstance> = {
  error(code, metadata) {
    const error = errorOf(metadata);
    const store = authFailures.getStore();
    if (store && store.error === undefined) store.error = error;
    log.warn({ code, err: error instanceof Error ? error : undefined }, `sign-in: ${code}`);
  },
  warn(code) {
    log.debug({ code }, `next-auth warning: ${code}`);
  },
  debug() {},
};
