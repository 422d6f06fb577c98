import type { DownloadClientKind, DownloadProtocol } from "./types";

/** Display metadata of each client kind, apart from the classes (Homarr style). */
export interface DownloadClientDefinition {
  kind: DownloadClientKind;
  label: string;
  protocol: DownloadProtocol;
  defaultPort: number;
  defaultUrlBase: string;
  /** Fields the form shows, in order. */
  fields: readonly ("host" | "port" | "useTls" | "urlBase" | "username" | "password" | "apiKey")[];
  /** Fields stored encrypted and never sent back to the browser. */
  secretFields: readonly ("password" | "apiKey")[];
  /** The field a refused login points at. */
  authField: "password" | "apiKey";
  defaultCategory: { movie: string; tv: string };
}

export const downloadClientDefinitions: Record<DownloadClientKind, DownloadClientDefinition> = {
  qbittorrent: {
    kind: "qbittorrent",
    label: "qBittorrent",
    protocol: "torrent",
    defaultPort: 8080,
    defaultUrlBase: "",
    fields: ["host", "port", "useTls", "urlBase", "username", "password"],
    secretFields: ["password"],
    authField: "password",
    defaultCategory: { movie: "mydia-movies", tv: "mydia-tv" },
  },
  transmission: {
    kind: "transmission",
    label: "Transmission",
    protocol: "torrent",
    defaultPort: 9091,
    defaultUrlBase: "/transmission",
    fields: ["host", "port", "useTls", "urlBase", "username", "password"],
    secretFields: ["password"],
    authField: "password",
    defaultCategory: { movie: "mydia-movies", tv: "mydia-tv" },
  },
  sabnzbd: {
    kind: "sabnzbd",
    label: "SABnzbd",
    protocol: "usenet",
    defaultPort: 8080,
    defaultUrlBase: "/sabnzbd",
    fields: ["host", "port", "useTls", "urlBase", "apiKey"],
    secretFields: ["apiKey"],
    authField: "apiKey",
    defaultCategory: { movie: "movies", tv: "tv" },
  },
  nzbget: {
    kind: "nzbget",
    label: "NZBGet",
    protocol: "usenet",
    defaultPort: 6789,
    defaultUrlBase: "",
    fields: ["host", "port", "useTls", "urlBase", "username", "password"],
    secretFields: ["password"],
    authField: "password",
    defaultCategory: { movie: "Movies", tv: "Series" },
  },
};
