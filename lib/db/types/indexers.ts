/** The indexers' column types (lib/db owns them; lib/indexers re-exports them). */
export const indexerKinds = ["torznab", "newznab", "cardigann"] as const;
export type IndexerKind = (typeof indexerKinds)[number];

export type IndexerProtocol = "torrent" | "usenet";

/** Search modes an indexer announces in its caps, with the parameters each accepts. */
export interface IndexerCaps {
  search: { available: boolean; params: string[] };
  tvSearch: { available: boolean; params: string[] };
  movieSearch: { available: boolean; params: string[] };
  categories: { id: number; name: string; subcategories: { id: number; name: string }[] }[];
  limits: { max: number; default: number } | null;
  server: { title: string | null; version: string | null };
}

/** Why the last request of an indexer failed; the UI words each one. */
export type IndexerFailureKind =
  "timeout" | "unreachable" | "auth" | "rate-limited" | "status" | "parse" | "indexer-error" | "unsupported";

export type IndexerSettingValue = string | boolean;
