import { assertCan, type Actor } from "@/lib/accounts";
import { logger } from "@/lib/logger";
import { checkDatabase } from "../status";
import { fixes, problem, type Check, type HealthCheck, type HealthChecks } from "./health-check";
import { backupChecks, jobChecks, workerChecks } from "./process.check";
import { diskSpaceChecks, downloadFolderChecks, libraryFolderChecks } from "./folders.check";
import { downloadClientChecks, indexerChecks, metadataChecks } from "./services.check";

const log = logger.child({ context: "system.health" });

/** Every check, in the order System → Health lists their problems (errors first, then this order). */
export const checks: Record<string, Check> = {
  worker: workerChecks,
  indexers: indexerChecks,
  downloadClients: downloadClientChecks,
  libraryFolders: libraryFolderChecks,
  downloadFolders: downloadFolderChecks,
  diskSpace: diskSpaceChecks,
  metadata: metadataChecks,
  jobs: jobChecks,
  backups: backupChecks,
};

/** Pages, the nav badge, the API and /metrics read the same list: computed at most this often per process. */
export const HEALTH_CACHE_MS = 30_000;

/** A check that takes longer (a provider that hangs) is reported as such instead of holding the page. */
export const CHECK_TIMEOUT_MS = 10_000;

let cached: { at: number; value: Promise<HealthChecks>; settled: HealthChecks | null } | null = null;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function runChecks(now: Date): Promise<HealthChecks> {
  const database = await checkDatabase();
  if (!database.reachable)
    return {
      checkedAt: now.toISOString(),
      items: [problem("DatabaseCheck", "error", `The database does not answer: ${database.error}`, fixes.status)],
    };
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<HealthCheck[]> => {
      try {
        return await withTimeout(check(now), CHECK_TIMEOUT_MS, `the ${name} check`);
      } catch (error) {
        log.error({ err: error, check: name }, "health check failed");
        const reason = error instanceof Error ? error.message : String(error);
        return [problem("HealthCheck", "error", `The ${name} check could not run: ${reason}`, fixes.logs)];
      }
    }),
  );
  const items = results.flat().sort((a, b) => (a.type === b.type ? 0 : a.type === "error" ? -1 : 1));
  return { checkedAt: now.toISOString(), items };
}

function refresh(now: number): NonNullable<typeof cached> {
  const entry: NonNullable<typeof cached> = {
    at: now,
    value: runChecks(new Date(now)),
    settled: cached?.settled ?? null,
  };
  cached = entry;
  entry.value.then(
    (result) => (entry.settled = result),
    () => {
      if (cached === entry) cached = null;
    },
  );
  return entry;
}

/**
 * The health checks' problems (empty when all is well), cached for HEALTH_CACHE_MS. `fresh` runs them now;
 * `stale` answers the last finished result at once while a newer one is computed (for the nav badge on
 * every page, which must not wait for a slow check).
 */
export async function healthChecks(
  actor: Actor,
  options: { fresh?: boolean; stale?: boolean } = {},
): Promise<HealthChecks> {
  assertCan(actor, "read");
  const now = Date.now();
  const entry = options.fresh || !cached || now - cached.at > HEALTH_CACHE_MS ? refresh(now) : cached;
  if (options.stale && entry.settled) return entry.settled;
  return entry.value;
}

/** For the nav badge: how many errors and warnings (the last finished result; never waits for a slow check). */
export async function healthSummary(actor: Actor): Promise<{ errors: number; warnings: number }> {
  const { items } = await healthChecks(actor, { stale: true });
  return {
    errors: items.filter((i) => i.type === "error").length,
    warnings: items.filter((i) => i.type === "warning").length,
  };
}
