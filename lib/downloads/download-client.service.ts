import { actorId, assertCan, type Actor } from "@/lib/accounts";
import { publish } from "@/lib/events";
import { ConflictError, fieldError, NotFoundError, parseInput } from "@/lib/errors";
import { downloadClientDefinitions } from "./clients/definitions";
import type { ClientTestResult, DownloadClientKind } from "./clients/types";
import {
  deleteDownloadClientRow,
  findDownloadClientByName,
  getDownloadClientRow,
  insertDownloadClient,
  listDownloadClientRows,
  updateDownloadClientRow,
  type DownloadClientInsert,
  type DownloadClientRow,
} from "./download-client.repo";
import {
  createDownloadClientSchema,
  updateDownloadClientSchema,
  type CreateDownloadClientInput,
  type UpdateDownloadClientInput,
} from "./download-client.input";
import { mergeSecrets, secretNamesOf, writeSecretBag } from "@/lib/secrets";
import { clientFor, type DownloadClientSecrets } from "./download-client.runtime";
import { toDownloadClientView, type DownloadClientView } from "./download-client.view";
import { recordClientReachable, recordClientUnreachable, resetClientHealth } from "./client-health";

export const viewOfClient = (row: DownloadClientRow): DownloadClientView =>
  toDownloadClientView(row, downloadClientDefinitions[row.kind].protocol, secretNamesOf(row.secrets));

export async function listDownloadClients(actor: Actor): Promise<DownloadClientView[]> {
  assertCan(actor, "admin");
  return (await listDownloadClientRows()).map(viewOfClient);
}

export async function getDownloadClient(actor: Actor, id: string): Promise<DownloadClientView> {
  assertCan(actor, "admin");
  return viewOfClient(await requireRow(id));
}

async function requireRow(id: string): Promise<DownloadClientRow> {
  const row = await getDownloadClientRow(id);
  if (!row) throw new NotFoundError("No such download client");
  return row;
}

async function assertNameFree(name: string, exceptId?: string): Promise<void> {
  const existing = await findDownloadClientByName(name);
  if (existing && existing.id !== exceptId)
    throw new ConflictError(`A download client named "${name}" already exists`, {
      fields: { name: "is already used" },
    });
}

function assertSecrets(kind: DownloadClientKind, secrets: DownloadClientSecrets): void {
  if (kind === "sabnzbd" && !secrets.apiKey)
    throw fieldError("apiKey", "is required: SABnzbd shows it under Config → General");
}

function buildNewRow(input: CreateDownloadClientInput): Omit<DownloadClientInsert, "id" | "createdAt"> {
  const data = parseInput(createDownloadClientSchema, input);
  const definition = downloadClientDefinitions[data.kind];
  const secrets: DownloadClientSecrets = {};
  if (definition.secretFields.includes("password") && data.password) secrets.password = data.password;
  if (definition.secretFields.includes("apiKey") && data.apiKey) secrets.apiKey = data.apiKey;
  assertSecrets(data.kind, secrets);
  return {
    name: data.name,
    kind: data.kind,
    enabled: data.enabled,
    host: data.host,
    port: data.port ?? definition.defaultPort,
    useTls: data.useTls,
    urlBase: data.urlBase ?? definition.defaultUrlBase,
    username: definition.fields.includes("username") ? data.username || null : null,
    secrets: writeSecretBag({ ...secrets }),
    movieCategory: data.movieCategory === undefined ? definition.defaultCategory.movie : data.movieCategory || null,
    tvCategory: data.tvCategory === undefined ? definition.defaultCategory.tv : data.tvCategory || null,
    priority: data.priority,
    removeCompleted: data.removeCompleted,
    removeFailed: data.removeFailed,
    timeoutMs: data.timeoutMs,
    // Seed goals only mean something to torrent clients.
    seedRatioLimit: definition.protocol === "torrent" ? data.seedRatioLimit : null,
    seedTimeMinutes: definition.protocol === "torrent" ? data.seedTimeMinutes : null,
    stalledAfterMinutes: data.stalledAfterMinutes,
    updatedAt: new Date(),
  };
}

const secretLabel = (field: string) => (field === "apiKey" ? "API key" : field);

/** Whether an edit points the client somewhere else (where the stored secrets must not go). */
function addressChanged(row: DownloadClientRow, data: UpdateDownloadClientInput): boolean {
  return (
    (data.host !== undefined && data.host !== row.host) ||
    (data.port !== undefined && data.port !== row.port) ||
    (data.useTls !== undefined && data.useTls !== row.useTls) ||
    (data.urlBase !== undefined && (data.urlBase || null) !== (row.urlBase || null))
  );
}

/** Row values after an update; empty secret fields keep what is stored, unless the address changed. */
function mergeUpdate(row: DownloadClientRow, input: UpdateDownloadClientInput): Partial<DownloadClientInsert> {
  const data = parseInput(updateDownloadClientSchema, input);
  const definition = downloadClientDefinitions[row.kind];
  const secrets: DownloadClientSecrets = mergeSecrets({
    stored: row.secrets,
    entered: {
      password: definition.secretFields.includes("password") ? data.password : undefined,
      apiKey: definition.secretFields.includes("apiKey") ? data.apiKey : undefined,
    },
    addressChanged: addressChanged(row, data),
    label: secretLabel,
  });
  assertSecrets(row.kind, secrets);
  const { password: _password, apiKey: _apiKey, seedRatioLimit, seedTimeMinutes, ...plain } = data;
  const torrent = definition.protocol === "torrent";
  return {
    ...plain,
    ...(plain.movieCategory !== undefined ? { movieCategory: plain.movieCategory || null } : {}),
    ...(plain.tvCategory !== undefined ? { tvCategory: plain.tvCategory || null } : {}),
    ...(plain.username !== undefined ? { username: plain.username || null } : {}),
    ...(torrent && seedRatioLimit !== undefined ? { seedRatioLimit } : {}),
    ...(torrent && seedTimeMinutes !== undefined ? { seedTimeMinutes } : {}),
    secrets: writeSecretBag({ ...secrets }),
    updatedAt: new Date(),
  };
}

export async function createDownloadClientRecord(
  actor: Actor,
  input: CreateDownloadClientInput,
): Promise<DownloadClientView> {
  assertCan(actor, "admin");
  const values = buildNewRow(input);
  await assertNameFree(values.name);
  const row = await insertDownloadClient(values);
  await publish("download-client.created", { downloadClientId: row.id, name: row.name }, { actorId: actorId(actor) });
  return viewOfClient(row);
}

export async function updateDownloadClient(
  actor: Actor,
  id: string,
  input: UpdateDownloadClientInput,
): Promise<DownloadClientView> {
  assertCan(actor, "admin");
  const row = await requireRow(id);
  const values = mergeUpdate(row, input);
  if (values.name) await assertNameFree(values.name, id);
  const updated = await updateDownloadClientRow(id, values);
  if (!updated) throw new NotFoundError("No such download client");
  // New settings, fresh start: the monitor asks at once instead of waiting out the old back-off.
  await resetClientHealth(id);
  await publish("download-client.updated", { downloadClientId: id }, { actorId: actorId(actor) });
  return viewOfClient(updated);
}

export async function deleteDownloadClient(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "admin");
  if (!(await deleteDownloadClientRow(id))) throw new NotFoundError("No such download client");
  await publish("download-client.deleted", { downloadClientId: id }, { actorId: actorId(actor) });
}

/**
 * Connects to a client as stored, or as it would be with `changes` applied (the form's Test
 * button before saving, `id` null for a new one). Never throws for a peer failure: the result
 * names the kind and the field to fix.
 */
export async function testDownloadClient(
  actor: Actor,
  id: string | null,
  changes?: CreateDownloadClientInput | UpdateDownloadClientInput,
): Promise<ClientTestResult> {
  assertCan(actor, "admin");
  let row: DownloadClientRow;
  if (id) {
    const stored = await requireRow(id);
    row = changes ? { ...stored, ...mergeUpdate(stored, changes) } : stored;
  } else {
    const values = buildNewRow(changes as CreateDownloadClientInput);
    row = { ...values, id: "test", createdAt: new Date() } as DownloadClientRow;
  }
  try {
    const result = await clientFor(row).test();
    // A test of the stored settings is news about the client's health (it recovers at once on success).
    if (id && !changes) {
      if (result.ok) await recordClientReachable(row);
      else await recordClientUnreachable(row, result.message);
    }
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: "auth", field: downloadClientDefinitions[row.kind].authField, message };
  }
}
