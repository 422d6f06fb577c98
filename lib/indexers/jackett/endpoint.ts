import { proxyEndpoints } from "../definitions";

/**
 * Torznab endpoint of a Jackett indexer: one indexer by its id, or `all`, Jackett's aggregate of
 * every configured indexer (`<jackett>/api/v2.0/indexers/all/results/torznab/api`).
 */
export function jackettEndpoint(
  baseUrl: string,
  indexerId: string | "all" = "all",
): { baseUrl: string; apiPath: string } {
  return proxyEndpoints.jackett(baseUrl, indexerId);
}
