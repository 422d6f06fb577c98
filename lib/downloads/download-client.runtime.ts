import { readSecretBag, SecretDecryptionError } from "@/lib/secrets";
import { downloadClientDefinitions } from "./clients/definitions";
import { DownloadClientError } from "./clients/errors";
import { createDownloadClient } from "./clients/registry";
import type { DownloadClient, DownloadClientConnection } from "./clients/types";
import type { DownloadClientRow } from "./download-client.repo";

export interface DownloadClientSecrets {
  password?: string;
  apiKey?: string;
}

export function readClientSecrets(row: Pick<DownloadClientRow, "secrets" | "name" | "kind">): DownloadClientSecrets {
  try {
    return readSecretBag(row.secrets);
  } catch (error) {
    if (error instanceof SecretDecryptionError) {
      throw new DownloadClientError("auth", `${row.name}: ${error.message}`, {
        field: downloadClientDefinitions[row.kind].authField,
        cause: error,
      });
    }
    throw error;
  }
}

export function connectionOf(row: DownloadClientRow): DownloadClientConnection {
  const secrets = readClientSecrets(row);
  return {
    host: row.host,
    port: row.port,
    useTls: row.useTls,
    urlBase: row.urlBase,
    username: row.username,
    password: secrets.password ?? null,
    apiKey: secrets.apiKey ?? null,
    timeoutMs: row.timeoutMs,
    name: row.name,
  };
}

/** The adapter for a stored client (secrets decrypted here, never earlier). */
export function clientFor(row: DownloadClientRow): DownloadClient {
  return createDownloadClient(row.kind, connectionOf(row));
}
