import { readSecretBag, SecretDecryptionError, type SecretBag } from "@/lib/secrets";
import type { IndexerCaps } from "./indexer.types";
import { IndexerRequestError } from "./errors";
import type { IndexerWithStatus } from "./indexer.repo";
import type { IndexerRelease } from "./release";
import type { SearchQuery } from "./search/query";
import { TorznabClient, type RequestOptions } from "./torznab/client";
import { createCardigannAdapter } from "./cardigann/adapter";

/** What every indexer kind can do once configured. */
export interface IndexerAdapter {
  fetchCaps(options?: RequestOptions): Promise<IndexerCaps>;
  search(query: SearchQuery, options?: RequestOptions): Promise<IndexerRelease[]>;
}

export interface AdapterDeps {
  fetch?: typeof fetch;
}

export type Secrets = SecretBag;

export function readSecrets(row: Pick<IndexerWithStatus, "secrets" | "name">): Secrets {
  try {
    return readSecretBag(row.secrets);
  } catch (error) {
    if (error instanceof SecretDecryptionError) {
      throw new IndexerRequestError("auth", `${row.name}: ${error.message}`, { field: "apiKey", cause: error });
    }
    throw error;
  }
}

type Factory = (row: IndexerWithStatus, secrets: Secrets, deps: AdapterDeps) => Promise<IndexerAdapter>;

const torznab: Factory = async (row, secrets, deps) =>
  new TorznabClient({
    id: row.id,
    name: row.name,
    protocol: row.protocol,
    baseUrl: row.baseUrl,
    apiPath: row.apiPath,
    apiKey: secrets.apiKey ?? null,
    timeoutMs: row.timeoutMs,
    categories: row.categories,
    caps: row.caps,
    fetch: deps.fetch,
  });

/** One factory per kind: a plain registry, as for download clients. */
export const adapterFactories: Record<IndexerWithStatus["kind"], Factory> = {
  torznab,
  newznab: torznab,
  cardigann: (row, secrets, deps) => createCardigannAdapter(row, secrets, deps),
};

export async function createAdapter(row: IndexerWithStatus, deps: AdapterDeps = {}): Promise<IndexerAdapter> {
  return adapterFactories[row.kind](row, readSecrets(row), deps);
}
