import { assertCan, type Actor } from "@/lib/accounts";
import { publish } from "@/lib/events";
import { logger as rootLogger } from "@/lib/logger";
import {
  deleteClientHealthRow,
  getClientHealthRow,
  incrementClientFailures,
  listClientHealthRows,
  recordClientSuccessRow,
  setClientNextCheck,
  type ClientHealthRow,
} from "./client-health.repo";
import { listDownloadClientRows } from "./download-client.repo";

const logger = rootLogger.child({ context: "downloads.client-health" });

/**
 * Whether each download client answers, as the monitor and Settings → Test last found it. A client
 * that does not answer is asked again on a back-off ladder (15 s, 30 s, 1 min, 2 min, then every
 * 5 min) and recovers by itself as soon as it answers.
 */
export const CLIENT_BACKOFF_LADDER_SECONDS = [15, 30, 60, 120, 300] as const;

export function clientBackoffSeconds(consecutiveFailures: number): number {
  if (consecutiveFailures <= 0) return 0;
  return CLIENT_BACKOFF_LADDER_SECONDS[Math.min(consecutiveFailures, CLIENT_BACKOFF_LADDER_SECONDS.length) - 1];
}

export interface ClientHealth {
  clientId: string;
  /** False while the client does not answer. */
  reachable: boolean;
  /** ISO: since when it does not answer. */
  unreachableSince: string | null;
  message: string | null;
  consecutiveFailures: number;
  nextCheckAt: string | null;
  lastSuccessAt: string | null;
}

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

export function toClientHealth(row: ClientHealthRow | null | undefined, clientId: string): ClientHealth {
  const failing = !!row && row.consecutiveFailures > 0;
  return {
    clientId,
    reachable: !failing,
    unreachableSince: failing ? iso(row.failingSince) : null,
    message: failing ? row.lastFailureMessage : null,
    consecutiveFailures: row?.consecutiveFailures ?? 0,
    nextCheckAt: failing ? iso(row.nextCheckAt) : null,
    lastSuccessAt: iso(row?.lastSuccessAt ?? null),
  };
}

/** Health by client id; clients never checked are reachable. */
export async function clientHealthById(): Promise<Map<string, ClientHealth>> {
  const rows = await listClientHealthRows();
  return new Map(rows.map((row) => [row.clientId, toClientHealth(row, row.clientId)]));
}

export async function clientHealthOf(clientId: string): Promise<ClientHealth> {
  return toClientHealth(await getClientHealthRow(clientId), clientId);
}

/** True while a failing client waits out its back-off: the monitor leaves it alone until then. */
export function backedOff(health: ClientHealth | undefined, now: Date): boolean {
  return !!health?.nextCheckAt && new Date(health.nextCheckAt) > now;
}

/** The client did not answer: counts the failure, backs off, tells open pages. */
export async function recordClientUnreachable(
  client: { id: string; name: string },
  message: string,
  now = new Date(),
): Promise<void> {
  const failures = await incrementClientFailures(client.id, now, message.slice(0, 500));
  const nextCheckAt = new Date(now.getTime() + clientBackoffSeconds(failures) * 1000);
  await setClientNextCheck(client.id, nextCheckAt);
  if (failures === 1) {
    logger.warn({ client: client.name, message }, "download client unreachable");
    await publish("download.client.unreachable", { clientId: client.id, clientName: client.name, message });
  }
}

/** Forgets what is known about a client's health (its settings changed). */
export async function resetClientHealth(clientId: string): Promise<void> {
  await deleteClientHealthRow(clientId);
}

/** The client answered: a failure run ends (open pages are told). */
export async function recordClientReachable(client: { id: string; name: string }, now = new Date()): Promise<void> {
  const before = await getClientHealthRow(client.id);
  await recordClientSuccessRow(client.id, now);
  if (before && before.consecutiveFailures > 0) {
    logger.info({ client: client.name }, "download client reachable again");
    await publish("download.client.recovered", { clientId: client.id, clientName: client.name });
  }
}

/** A success is written at most this often while nothing changes (the monitor passes every few seconds). */
const SUCCESS_WRITE_INTERVAL_MS = 60_000;

/** The monitor got an answer: records it when it ends a failure run, or when the last record is old. */
export async function noteClientAnswered(
  client: { id: string; name: string },
  health: ClientHealth | undefined,
  now = new Date(),
): Promise<void> {
  const recent =
    health?.reachable &&
    health.lastSuccessAt &&
    now.getTime() - new Date(health.lastSuccessAt).getTime() < SUCCESS_WRITE_INTERVAL_MS;
  if (!recent) await recordClientReachable(client, now);
}

export interface ClientProblem {
  clientId: string;
  clientName: string;
  since: string | null;
  message: string;
}

/** Clients that do not answer, for Settings → Download clients and System → Status. */
export async function downloadClientProblems(): Promise<ClientProblem[]> {
  const [health, clients] = await Promise.all([clientHealthById(), listDownloadClientRows()]);
  return clients.flatMap((client) => {
    const state = health.get(client.id);
    if (!client.enabled || !state || state.reachable) return [];
    return [
      {
        clientId: client.id,
        clientName: client.name,
        since: state.unreachableSince,
        message: state.message ?? `${client.name} does not answer`,
      },
    ];
  });
}

/** Settings → Download clients: each client's health, by id. */
export async function listDownloadClientHealth(actor: Actor): Promise<Record<string, ClientHealth>> {
  assertCan(actor, "admin");
  return Object.fromEntries(await clientHealthById());
}
