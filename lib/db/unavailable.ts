import { DrizzleQueryError } from "drizzle-orm";
import { UnavailableError } from "@/lib/errors";

/** Network failures of postgres.js and Node (no server, server gone, connection dropped). */
const PG_CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);
/** SQLSTATEs: connection exceptions (08…), shutdown or start-up (57P0…), too many connections, login refused, no such database. */
const PG_SQLSTATE = /^(08...|57P0[1-4]|53300|28000|28P01|3D000)$/;
/** better-sqlite3: the file cannot be opened, read or written, is not a database, or stays locked. */
const SQLITE_CODE = /^SQLITE_(CANTOPEN|IOERR|NOTADB|CORRUPT|BUSY|LOCKED|FULL|READONLY|PERM|AUTH)/;

/**
 * Only the error itself, or the database error a Drizzle query wraps: a network error deeper in
 * another chain (an HTTP peer that refused) is not the database's.
 */
function reasonOf(error: unknown): string | null {
  const candidates = error instanceof DrizzleQueryError ? [error, error.cause] : [error];
  for (const e of candidates) {
    if (!(e instanceof Error)) continue;
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    if (PG_CONNECTION_CODES.has(code) || PG_SQLSTATE.test(code)) return `PostgreSQL cannot be reached: ${code}`;
    if (SQLITE_CODE.test(code)) return `the SQLite file cannot be used: ${code}, ${e.message}`;
  }
  return null;
}

/**
 * A database failure that is not the request's fault (PostgreSQL stopped or unreachable, the
 * SQLite file unreadable or locked) as an UnavailableError (HTTP 503), else null.
 */
export function databaseUnavailable(error: unknown): UnavailableError | null {
  const reason = reasonOf(error);
  return reason
    ? new UnavailableError(`The database is unavailable (${reason}); try again once it is back`, {
        reason: "database_unavailable",
      })
    : null;
}
