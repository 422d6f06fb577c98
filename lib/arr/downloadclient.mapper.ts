import type { DownloadClientView } from "@/lib/downloads";
import type { Persona } from "./persona";

const IMPLEMENTATIONS: Record<DownloadClientView["kind"], { implementation: string; name: string }> = {
  qbittorrent: { implementation: "QBittorrent", name: "qBittorrent" },
  transmission: { implementation: "Transmission", name: "Transmission" },
  sabnzbd: { implementation: "Sabnzbd", name: "SABnzbd" },
  nzbget: { implementation: "Nzbget", name: "NZBGet" },
};

const field = (order: number, name: string, label: string, value: unknown, type = "textbox", privacy = "normal") => ({
  order,
  name,
  label,
  value,
  type,
  advanced: false,
  privacy,
  isFloat: false,
});

/**
 * A Mydia download client as DownloadClientResource (read only). Secrets show as "********" when
 * set, never their value; the category is the persona's (movies for Radarr, series for Sonarr).
 */
export function toArrDownloadClient(persona: Persona, client: DownloadClientView, id: number) {
  const { implementation, name } = IMPLEMENTATIONS[client.kind];
  const secret = (key: string) => (client.secretsSet.includes(key) ? "********" : "");
  const category = persona === "radarr" ? client.movieCategory : client.tvCategory;
  const fields = [
    field(0, "host", "Host", client.host),
    field(1, "port", "Port", client.port, "number"),
    field(2, "useSsl", "Use SSL", client.useTls, "checkbox"),
    field(3, "urlBase", "URL Base", client.urlBase),
    ...(client.kind === "sabnzbd"
      ? [field(4, "apiKey", "API Key", secret("apiKey"), "textbox", "apiKey")]
      : [
          field(4, "username", "Username", client.username ?? "", "textbox", "userName"),
          field(5, "password", "Password", secret("password"), "password", "password"),
        ]),
    field(6, persona === "radarr" ? "movieCategory" : "tvCategory", "Category", category ?? ""),
  ];
  return {
    id,
    name: client.name,
    fields,
    implementationName: name,
    implementation,
    configContract: `${implementation}Settings`,
    infoLink: `https://wiki.servarr.com/${persona}/supported#${implementation.toLowerCase()}`,
    tags: [] as number[],
    enable: client.enabled,
    protocol: client.protocol,
    priority: client.priority,
    removeCompletedDownloads: client.removeCompleted,
    removeFailedDownloads: client.removeFailed,
  };
}
