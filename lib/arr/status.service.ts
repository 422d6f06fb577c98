import { assertCan, type Actor } from "@/lib/accounts";
import { getDownloadClient, listDownloadClients } from "@/lib/downloads";
import { healthChecks } from "@/lib/system";
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

/**
 * System → Health as HealthResource: Mydia's checks already carry Sonarr/Radarr check names as
 * `source`. Radarr's wikiUrl is the Mydia page that fixes the problem (a path on this install);
 * Sonarr's document types it as an object its clients do not read, so it is left out there.
 */
export async function arrHealth(actor: Actor, persona: Persona) {
  assertCan(actor, "admin");
  const { items } = await healthChecks(actor);
  return items.map((check, index) => ({
    id: index + 1,
    source: check.source,
    type: check.type,
    message: check.message,
    ...(persona === "radarr" ? { wikiUrl: check.fix.href } : {}),
  }));
}
