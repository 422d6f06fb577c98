import { databaseUnavailable } from "@/lib/db";
import { DomainError, PeerFailure, UnavailableError, UpstreamError } from "@/lib/errors";
import { describeUnreachable, HttpError, HttpUnavailableError } from "@/lib/http";
import { logger } from "@/lib/logger";

/** What the browser or an API client is told when nothing more precise is known. */
export const INTERNAL_ERROR_MESSAGE = "Something went wrong on the server; see the log.";

/**
 * The one mapping from whatever a server action or route handler threw to what its caller sees,
 * shared by runAction and the REST API so that both word the same failure the same way:
 * - domain errors as they are (validation errors already carry plain sentences and field messages);
 * - a database that cannot be used: UnavailableError saying why;
 * - a peer that did not answer or answered wrongly (indexer, download client, Prowlarr, TMDB):
 *   503/502 naming the peer, its address and the reason, with the setting to fix as a field.
 * Anything else is logged and becomes null (the caller answers INTERNAL_ERROR_MESSAGE).
 */
export function toDomainError(thrown: unknown): DomainError | null {
  const unavailable = databaseUnavailable(thrown);
  if (unavailable) {
    logger.error({ err: thrown }, "database unavailable");
    return unavailable;
  }
  if (thrown instanceof DomainError) return thrown;
  if (thrown instanceof PeerFailure) {
    const details = thrown.field ? { fields: { [thrown.field]: thrown.message } } : undefined;
    return thrown.unreachable
      ? new UnavailableError(thrown.message, details)
      : new UpstreamError(thrown.message, details);
  }
  if (thrown instanceof HttpUnavailableError) return new UnavailableError(describeUnreachable(thrown));
  if (thrown instanceof HttpError) return new UpstreamError(thrown.message);
  logger.error({ err: thrown }, "request failed");
  return null;
}
