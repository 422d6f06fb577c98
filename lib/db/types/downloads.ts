/** The download-client kinds a row may hold (lib/downloads has an adapter for each). */
export const downloadClientKinds = ["qbittorrent", "transmission", "sabnzbd", "nzbget"] as const;
export type DownloadClientKind = (typeof downloadClientKinds)[number];
