import { createHash } from "node:crypto";
import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { getConfig } from "@/lib/config";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createHttpClient } from "@/lib/http";
import { logger } from "@/lib/logger";
import { isCardigannSecret } from "../definitions";
import { DefinitionError, loadDefinition, type Definition } from "./load";
import {
  countDefinitionRows,
  definitionVersions,
  getDefinitionRow,
  listDefinitionRows,
  upsertDefinitionRow,
  type DefinitionSummaryRow,
} from "./definitions.repo";

const log = logger.child({ context: "cardigann" });
const cache = new Map<string, { version: string; definition: Definition }>();

export const versionOf = (yaml: string) => createHash("sha256").update(yaml).digest("hex").slice(0, 16);

/** The parsed definition an indexer uses (cached per version). */
export async function requireDefinition(id: string): Promise<Definition> {
  const row = await getDefinitionRow(id);
  if (!row) throw new NotFoundError(`No Cardigann definition "${id}": refresh the definitions in Settings → Indexers`);
  if (!row.valid)
    throw new ValidationError(`The Cardigann definition "${id}" is invalid: ${row.problems.slice(0, 2).join("; ")}`);
  const cached = cache.get(id);
  if (cached?.version === row.version) return cached.definition;
  const { definition } = loadDefinition(row.yaml);
  cache.set(id, { version: row.version, definition });
  return definition;
}

/** Row values for a YAML text: metadata, validity, unsupported features, and caveats (in `problems` when valid). */
export function definitionRecord(yaml: string, source: "server" | "upload", fallbackId: string) {
  const version = versionOf(yaml);
  const now = new Date();
  try {
    const { definition, unsupported, warnings } = loadDefinition(yaml);
    return {
      id: definition.id,
      name: definition.name,
      description: definition.description,
      type: definition.type,
      language: definition.language,
      links: definition.links,
      version,
      source,
      yaml,
      valid: true,
      problems: warnings,
      unsupported,
      updatedAt: now,
    };
  } catch (error) {
    const problems = error instanceof DefinitionError ? error.problems : [(error as Error).message];
    return {
      id: fallbackId,
      name: fallbackId,
      description: "",
      type: "unknown",
      language: "",
      links: [],
      version,
      source,
      yaml,
      valid: false,
      problems,
      unsupported: [],
      updatedAt: now,
    };
  }
}

export const definitionSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  type: z.string(),
  language: z.string(),
  links: z.array(z.string()),
  version: z.string(),
  source: z.enum(["server", "upload"]),
  valid: z.boolean(),
  runnable: z.boolean(),
  unsupported: z.array(z.string()),
  notes: z.array(z.string()).describe("Validation errors when invalid, caveats (2FA, Cloudflare) when valid"),
  updatedAt: z.string(),
});
export type DefinitionSummary = z.infer<typeof definitionSummarySchema>;

const toSummary = (row: DefinitionSummaryRow): DefinitionSummary => ({
  id: row.id,
  name: row.name,
  description: row.description,
  type: row.type,
  language: row.language,
  links: row.links,
  version: row.version,
  source: row.source,
  valid: row.valid,
  runnable: row.valid && row.unsupported.length === 0,
  unsupported: row.unsupported,
  notes: row.problems,
  updatedAt: row.updatedAt.toISOString(),
});

export async function listDefinitions(actor: Actor): Promise<DefinitionSummary[]> {
  assertCan(actor, "admin");
  return (await listDefinitionRows()).map(toSummary);
}

export const definitionSettingSchema = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(["info", "text", "password", "checkbox", "select"]),
  secret: z.boolean(),
  default: z.union([z.string(), z.boolean()]).nullable(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
});

/** The settings form of a definition (info_* fields become plain info text). */
export async function definitionSettings(
  actor: Actor,
  id: string,
): Promise<{ summary: DefinitionSummary; settings: z.infer<typeof definitionSettingSchema>[] }> {
  assertCan(actor, "admin");
  const row = await getDefinitionRow(id);
  if (!row) throw new NotFoundError(`No Cardigann definition "${id}"`);
  const definition = await requireDefinition(id);
  const settings = definition.settings.map((field) => {
    const info = field.type === "info" || field.type.startsWith("info_");
    return {
      name: field.name,
      label: field.label ?? field.name,
      type: info ? ("info" as const) : (field.type as "text" | "password" | "checkbox" | "select"),
      secret: !info && isCardigannSecret(field),
      default: info
        ? typeof field.default === "string"
          ? field.default
          : null
        : field.default === undefined
          ? null
          : typeof field.default === "boolean"
            ? field.default
            : String(field.default),
      options: Object.entries(field.options ?? {}).map(([value, label]) => ({ value, label })),
    };
  });
  return { summary: toSummary(row), settings };
}

/** Upload of a YAML definition by an admin; invalid ones are refused with every problem. */
export async function uploadDefinition(actor: Actor, yaml: string): Promise<DefinitionSummary> {
  assertCan(actor, "admin");
  if (yaml.length > 1_000_000) throw new ValidationError("The definition is larger than 1 MB");
  const record = definitionRecord(yaml, "upload", "upload");
  if (!record.valid)
    throw new ValidationError(`Invalid definition: ${record.problems.slice(0, 5).join("; ")}`, {
      fields: { yaml: record.problems[0] },
    });
  await upsertDefinitionRow(record);
  cache.delete(record.id);
  const row = await getDefinitionRow(record.id);
  return toSummary(row!);
}

const listSchema = z.array(z.object({ id: z.string().optional(), file: z.string().optional() }).loose());

export interface RefreshResult {
  listed: number;
  updated: number;
  unchanged: number;
  invalid: string[];
  failed: { id: string; message: string }[];
}

/**
 * Refreshes definitions from the definitions server (CARDIGANN_DEFINITIONS_URL): its JSON list,
 * then `<url>/<id>` for each YAML. Changed ones are stored with their version; uploads are kept.
 */
export async function refreshDefinitions(
  actor: Actor,
  options: { url?: string; fetch?: typeof fetch; concurrency?: number } = {},
): Promise<RefreshResult> {
  assertCan(actor, "admin");
  const url = (options.url ?? getConfig().CARDIGANN_DEFINITIONS_URL).replace(/\/+$/, "");
  const http = createHttpClient({
    service: "Cardigann definitions server",
    timeoutMs: 30_000,
    retries: 1,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const list = await http.getJson(url, listSchema);
  const ids = [
    ...new Set(list.map((item) => item.file ?? item.id).filter((id): id is string => !!id && /^[\w.-]+$/.test(id))),
  ];
  const known = await definitionVersions();
  const result: RefreshResult = { listed: ids.length, updated: 0, unchanged: 0, invalid: [], failed: [] };
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      try {
        const yaml = await http.call(`${url}/${id}`, (k) =>
          k.get(`${url}/${encodeURIComponent(id)}`, { headers: { accept: "text/yaml, text/plain, */*" } }).text(),
        );
        const record = definitionRecord(yaml, "server", id);
        if (!record.valid) result.invalid.push(id);
        if (known.get(record.id) === record.version) {
          result.unchanged++;
          continue;
        }
        await upsertDefinitionRow(record);
        cache.delete(record.id);
        result.updated++;
      } catch (error) {
        result.failed.push({ id, message: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  log.info(
    { listed: result.listed, updated: result.updated, invalid: result.invalid.length, failed: result.failed.length },
    "Cardigann definitions refreshed",
  );
  return result;
}

export const definitionCount = countDefinitionRows;
