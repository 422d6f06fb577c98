import { assertCan, type Actor } from "@/lib/accounts";
import { publish } from "@/lib/events";
import { ConflictError, fieldError, NotFoundError, parseInput } from "@/lib/errors";
import { isCardigannSecret, indexerKindDefinitions } from "./definitions";
import { toIndexerError } from "./errors";
import {
  deleteIndexerRow,
  findIndexerByName,
  getIndexerRow,
  insertIndexer,
  listIndexerRows,
  resetStatusRow,
  saveCaps,
  updateIndexerRow,
  type IndexerWithStatus,
} from "./indexer.repo";
import {
  createIndexerSchema,
  updateIndexerSchema,
  type CreateIndexerInput,
  type UpdateIndexerInput,
} from "./indexer.input";
import { toIndexerView, type IndexerTestResult, type IndexerView } from "./indexer.view";
import type { IndexerSettingValue } from "./indexer.types";
import { mergeSecrets, secretNamesOf, writeSecretBag } from "@/lib/secrets";
import { createAdapter, type AdapterDeps, type Secrets } from "./runtime";
import { requireDefinition } from "./cardigann/definitions.service";

export const viewOf = (row: IndexerWithStatus): IndexerView => toIndexerView(row, secretNamesOf(row.secrets));

export async function listIndexers(actor: Actor): Promise<IndexerView[]> {
  assertCan(actor, "admin");
  return (await listIndexerRows()).map(viewOf);
}

export async function getIndexer(actor: Actor, id: string): Promise<IndexerView> {
  assertCan(actor, "admin");
  return viewOf(await requireRow(id));
}

async function requireRow(id: string): Promise<IndexerWithStatus> {
  const row = await getIndexerRow(id);
  if (!row) throw new NotFoundError("No such indexer");
  return row;
}

/** Splits Cardigann settings into plain settings and secrets, by the definition's field types. */
async function splitCardigannSettings(definitionId: string, input: Record<string, IndexerSettingValue>) {
  const definition = await requireDefinition(definitionId);
  const settings: Record<string, IndexerSettingValue> = {};
  const secrets: Secrets = {};
  for (const field of definition.settings) {
    if (field.type === "info" || field.type.startsWith("info_")) continue;
    const value = input[field.name];
    if (isCardigannSecret(field)) {
      if (typeof value === "string") secrets[field.name] = value;
    } else if (value !== undefined) {
      settings[field.name] = field.type === "checkbox" ? value === true || value === "true" : String(value);
    } else if (field.default !== undefined) {
      settings[field.name] =
        field.type === "checkbox" ? field.default === true || field.default === "true" : String(field.default);
    }
  }
  return { definition, settings, secrets };
}

async function assertNameFree(name: string, exceptId?: string): Promise<void> {
  const existing = await findIndexerByName(name);
  if (existing && existing.id !== exceptId)
    throw new ConflictError(`An indexer named "${name}" already exists`, { fields: { name: "is already used" } });
}

/** The row values for a new indexer (shared by create, test-before-save and the Prowlarr import). */
async function buildNewRow(input: CreateIndexerInput) {
  const data = parseInput(createIndexerSchema, input);
  const kind = indexerKindDefinitions[data.kind];
  let settings: Record<string, IndexerSettingValue> = {};
  let secrets: Secrets = {};
  let baseUrl = data.baseUrl ?? "";
  if (data.kind === "cardigann") {
    const split = await splitCardigannSettings(data.definitionId!, data.settings);
    settings = split.settings;
    secrets = split.secrets;
    baseUrl ||= split.definition.links[0] ?? "";
    if (!baseUrl) throw fieldError("baseUrl", "is required: the definition has no address, enter one");
  } else if (data.apiKey) {
    secrets = { apiKey: data.apiKey };
  }
  const now = new Date();
  return {
    data,
    values: {
      name: data.name,
      kind: data.kind,
      protocol: data.protocol ?? kind.protocol,
      baseUrl,
      apiPath: data.apiPath ?? kind.defaultApiPath,
      definitionId: data.kind === "cardigann" ? data.definitionId! : null,
      settings,
      secrets: writeSecretBag(secrets),
      enableRss: data.enableRss,
      enableAutomatic: data.enableAutomatic,
      enableInteractive: data.enableInteractive,
      priority: data.priority,
      categories: data.categories,
      minimumSeeders: data.minimumSeeders,
      tags: data.tags,
      requestsPerMinute: data.requestsPerMinute,
      requestsPerDay: data.requestsPerDay,
      timeoutMs: data.timeoutMs,
      updatedAt: now,
    },
  };
}

export async function createIndexer(
  actor: Actor,
  input: CreateIndexerInput,
  options: { importedFrom?: string } = {},
): Promise<IndexerView> {
  assertCan(actor, "admin");
  const { values } = await buildNewRow(input);
  await assertNameFree(values.name);
  const row = await insertIndexer({ ...values, importedFrom: options.importedFrom ?? null });
  await publish("indexer.created", { indexerId: row.id, name: row.name });
  return viewOf(await requireRow(row.id));
}

/** Whether an edit points the indexer somewhere else (where the stored secrets must not go). */
function addressChanged(row: IndexerWithStatus, data: UpdateIndexerInput): boolean {
  return (
    (data.baseUrl !== undefined && data.baseUrl !== row.baseUrl) ||
    (data.apiPath !== undefined && (data.apiPath || null) !== (row.apiPath || null))
  );
}

/** Row values after an update; empty secret fields keep what is stored, unless the address changed. */
async function mergeUpdate(row: IndexerWithStatus, input: UpdateIndexerInput) {
  const data = parseInput(updateIndexerSchema, input);
  const entered: Secrets = {};
  let settings = row.settings;
  if (row.kind === "cardigann" && data.settings) {
    const split = await splitCardigannSettings(row.definitionId!, { ...row.settings, ...data.settings });
    settings = split.settings;
    Object.assign(entered, split.secrets);
  }
  if (data.apiKey) entered.apiKey = data.apiKey;
  const secrets = mergeSecrets({
    stored: row.secrets,
    entered,
    addressChanged: addressChanged(row, data),
    label: (field) => (field === "apiKey" ? "API key" : field),
  });
  const { apiKey: _apiKey, settings: _settings, ...plain } = data;
  return { ...plain, settings, secrets: writeSecretBag(secrets), updatedAt: new Date() };
}

export async function updateIndexer(actor: Actor, id: string, input: UpdateIndexerInput): Promise<IndexerView> {
  assertCan(actor, "admin");
  const row = await requireRow(id);
  const values = await mergeUpdate(row, input);
  if (values.name) await assertNameFree(values.name, id);
  await updateIndexerRow(id, values);
  await publish("indexer.updated", { indexerId: id });
  return viewOf(await requireRow(id));
}

export async function deleteIndexer(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "admin");
  if (!(await deleteIndexerRow(id))) throw new NotFoundError("No such indexer");
  await publish("indexer.deleted", { indexerId: id });
}

/** Manual reset of the back-off ("try again now"). */
export async function resetIndexerHealth(actor: Actor, id: string): Promise<IndexerView> {
  assertCan(actor, "admin");
  await requireRow(id);
  await resetStatusRow(id);
  await publish("indexer.updated", { indexerId: id });
  return viewOf(await requireRow(id));
}

/**
 * Runs caps and a sample search (RSS, i.e. the newest releases) against an indexer as stored,
 * or as it would be with `changes` applied (the form's Test button before saving).
 */
export async function testIndexer(
  actor: Actor,
  id: string | null,
  changes?: CreateIndexerInput | UpdateIndexerInput,
  deps: AdapterDeps = {},
): Promise<IndexerTestResult> {
  assertCan(actor, "admin");
  let row: IndexerWithStatus;
  if (id) {
    const stored = await requireRow(id);
    row = changes ? { ...stored, ...(await mergeUpdate(stored, changes)) } : stored;
  } else {
    const { values } = await buildNewRow(changes as CreateIndexerInput);
    const now = new Date();
    row = { ...values, id: "test", caps: null, capsUpdatedAt: null, importedFrom: null, createdAt: now, status: null };
  }
  const started = Date.now();
  try {
    const adapter = await createAdapter(row, deps);
    const caps = await adapter.fetchCaps();
    if (id) await saveCaps(id, caps, new Date());
    const withCaps = await createAdapter({ ...row, caps }, deps);
    const sample = await withCaps.search({ type: "rss", limit: 25 });
    return {
      ok: true,
      version: caps.server.version,
      caps,
      sampleResults: sample.length,
      sampleTitles: sample.slice(0, 5).map((r) => r.title),
      elapsedMs: Date.now() - started,
    };
  } catch (cause) {
    const error = toIndexerError(cause, row.name);
    return { ok: false, kind: error.kind, ...(error.field ? { field: error.field } : {}), message: error.message };
  }
}
