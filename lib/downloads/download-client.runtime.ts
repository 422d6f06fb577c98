import { decryptSecret, encryptSecret, SecretDecryptionError } from "@/lib/secrets";
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
  if (!row.secrets) return {};
  try {
    return JSON.parse(decryptSecret(row.secrets)) as DownloadClientSecrets;
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

export function writeClientSecrets(secrets: DownloadClientSecrets): string | null {
  const kept = Object.fromEntries(Object.entries(secrets).filter(([, v]) => typeof v === "string" && v !== ""));
  return Object.keys(kept).length ? encryptSecret(JSON.stringify(kept)) : null;
}

export function secretNames(row: Pick<DownloadClientRow, "secrets" | "name" | "kind">): string[] {
  try {
    return Object.keys(readClientSecrets(row)).sort();
  } catch {
    return [];
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
