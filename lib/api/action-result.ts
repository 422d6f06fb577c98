import { DomainError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error: string; code: string; fields?: Record<string, string> };

/** Server actions return results instead of throwing, so forms can show the message next to the field. */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof DomainError) {
      const details = error.details as { fields?: Record<string, string> } | undefined;
      return { ok: false, error: error.message, code: error.code, fields: details?.fields };
    }
    logger.error({ err: error }, "server action failed");
    return { ok: false, error: "Something went wrong on the server; see the log.", code: "internal" };
  }
}
