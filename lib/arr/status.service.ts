import type { Actor } from "@/lib/accounts";
import { getDownloadClient, listDownloadClients } from "@/lib/downloads";
import { listIndexers } from "@/lib/indexers";
import { getSystemStatus } from "@/lib/system";
import { toArrDownloadClient } from "./downloadclient.mapper";
import { arrIdsOf, entityIdOf } from "./ids";
import type { Persona } from "./persona";

export async function listArrDownloadClients(actor: Actor, persona: Persona) {
  const clients = await listDownloadClients(actor);
  const ids = await arrIdsOf(
    "downloadclient",
    clients.map((c) => c.id),
  );
  return clients.map((c) => toArrDownloadClient(persona, c, ids.get(c.id)!));
}

export async function getArrDownloadClient(actor: Actor, persona: Persona, id: number) {
  return toArrDownloadClient(persona, await getDownloadClient(actor, await entityIdOf("downloadclient", id)), id);
}

/** *arr check names, so dashboards that group by source show Mydia's problems where they expect them. */
const SOURCES = { worker: "WorkerCheck", "download-client": "DownloadClientStatusCheck" } as const;

/**
 * Mydia's health problems as HealthResource: the worker (error: nothing runs without it), download
 * clients that do not answer and indexers in back-off (warnings, as Radarr rates them). Radarr's
 * wikiUrl is null (Mydia's help lives in its own pages); Sonarr's document types it as an object,
 * which its clients do not read, so it is left out there.
 */
export async function arrHealth(actor: Actor, persona: Persona) {
  const [status, indexers] = await Promise.all([getSystemStatus(actor), listIndexers(actor)]);
  const problems: { source: string; type: "warning" | "error"; message: string }[] = status.problems.map((p) => ({
    source: SOURCES[p.source],
    type: p.source === "worker" ? ("error" as const) : ("warning" as const),
    message: `${p.title}: ${p.message}`,
  }));
  const failing = indexers.filter((i) => i.status.disabledUntil !== null).map((i) => i.name);
  if (failing.length > 0)
    problems.push({
      source: "IndexerStatusCheck",
      type: "warning",
      message: `Indexers unavailable due to failures: ${failing.join(", ")}`,
    });
  return problems.map((p, index) => ({ id: index + 1, ...p, ...(persona === "radarr" ? { wikiUrl: null } : {}) }));
}
