import type { IndexerKind, IndexerProtocol } from "./indexer.types";

/** Display metadata per indexer kind, apart from the adapters (labels, secret fields, defaults). */
export interface IndexerKindDefinition {
  kind: IndexerKind;
  label: string;
  description: string;
  protocol: IndexerProtocol;
  defaultApiPath: string;
  /** Secret fields (encrypted at rest, never sent to the browser). */
  secretFields: readonly string[];
}

export const indexerKindDefinitions: Record<IndexerKind, IndexerKindDefinition> = {
  torznab: {
    kind: "torznab",
    label: "Torznab",
    description: "Any Torznab API: a torrent indexer, or one indexer proxied by Prowlarr or Jackett",
    protocol: "torrent",
    defaultApiPath: "/api",
    secretFields: ["apiKey"],
  },
  newznab: {
    kind: "newznab",
    label: "Newznab",
    description: "Any Newznab API: a Usenet indexer, or one proxied by Prowlarr or NZBHydra2",
    protocol: "usenet",
    defaultApiPath: "/api",
    secretFields: ["apiKey"],
  },
  cardigann: {
    kind: "cardigann",
    label: "Cardigann",
    description: "A site described by a Prowlarr/Jackett YAML definition, run by Mydia's own engine",
    protocol: "torrent",
    defaultApiPath: "",
    secretFields: [],
  },
};

/** Where the usual proxies listen, for placeholders and the import form. */
export const defaultPorts = { prowlarr: 9696, jackett: 9117 } as const;

/** Torznab endpoint of one indexer behind Prowlarr (its numeric id) or Jackett (its id, or "all"). */
export const proxyEndpoints = {
  prowlarr: (baseUrl: string, indexerId: number) => ({
    baseUrl: `${baseUrl.replace(/\/+$/, "")}/${indexerId}`,
    apiPath: "/api",
  }),
  jackett: (baseUrl: string, indexerId: string) => ({
    baseUrl: `${baseUrl.replace(/\/+$/, "")}/api/v2.0/indexers/${encodeURIComponent(indexerId)}/results/torznab`,
    apiPath: "/api",
  }),
};

/** Setting names of Cardigann definitions that hold credentials, besides `password`-type fields. */
const CARDIGANN_SECRET_NAMES =
  /^(password|pass|cookie|apikey|api_key|passkey|pin|token|2facode|rsskey|authkey|passid|passan|staffpass|key)$/i;

export function isCardigannSecret(setting: { name: string; type: string }): boolean {
  return setting.type === "password" || CARDIGANN_SECRET_NAMES.test(setting.name);
}
