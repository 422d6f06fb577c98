import type { z } from "zod";
import type { CreateIndexerInput, IndexerView, UpdateIndexerInput, createIndexerSchema } from "@/lib/indexers";

/** The form holds a create input (as the schema reads it); an edit sends the fields that may change. */
export type IndexerFormValues = CreateIndexerInput;
export type IndexerFormOutput = z.output<typeof createIndexerSchema>;

export function indexerFormDefaults(indexer?: IndexerView, definitionId?: string): IndexerFormValues {
  return {
    kind: indexer?.kind ?? (definitionId ? "cardigann" : "torznab"),
    name: indexer?.name ?? "",
    baseUrl: indexer?.baseUrl || undefined,
    apiPath: indexer?.apiPath ?? "/api",
    apiKey: "",
    definitionId: indexer?.definitionId ?? definitionId ?? undefined,
    settings: { ...indexer?.settings },
    enableRss: indexer?.enableRss ?? true,
    enableAutomatic: indexer?.enableAutomatic ?? true,
    enableInteractive: indexer?.enableInteractive ?? true,
    priority: indexer?.priority ?? 25,
    categories: indexer?.categories ?? [],
    minimumSeeders: indexer?.minimumSeeders ?? 1,
    tags: indexer?.tags ?? [],
    requestsPerMinute: indexer?.requestsPerMinute ?? null,
    requestsPerDay: indexer?.requestsPerDay ?? null,
    timeoutMs: indexer?.timeoutMs ?? 20_000,
  };
}

/** What an edit may change: kind and definition are fixed; an empty API key keeps the stored one. */
export function indexerPatch(values: IndexerFormOutput): UpdateIndexerInput {
  const { kind, definitionId: _definitionId, protocol: _protocol, apiPath, apiKey, settings, ...common } = values;
  if (kind === "cardigann") return { ...common, settings };
  return { ...common, apiPath, ...(apiKey ? { apiKey } : {}) };
}

/** A new indexer: a Cardigann one carries its definition and settings, Torznab/Newznab their API path and key. */
export function indexerCreateInput(values: IndexerFormOutput): CreateIndexerInput {
  const { definitionId, settings, apiPath, apiKey, ...common } = values;
  if (values.kind === "cardigann") return { ...common, definitionId, settings };
  return { ...common, apiPath, ...(apiKey ? { apiKey } : {}) };
}
