import { startFakeServer, type FakeServer } from "./fake-indexer";

/**
 * A local Torznab/Newznab indexer on 127.0.0.1 that lists the releases a test adds and serves
 * their .torrent / .nzb files (at /dl/<n>?apikey=…, the way real indexers link them). Searches
 * answer every release whose title contains all words of `q`; a wrong API key gets the Newznab
 * error document.
 */
export interface ReleaseIndexer {
  url: string;
  apiKey: string;
  server: FakeServer;
  /** Adds a release; `file` is what the download link serves (a .torrent, an .nzb, or garbage). */
  add(release: { title: string; file: Buffer; infoHash?: string; size?: number; category?: number }): string;
  /** How often each download link was fetched. */
  downloads(): number;
  close(): Promise<void>;
}

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function startReleaseIndexer(
  protocol: "torrent" | "usenet",
  apiKey = "local-key",
): Promise<ReleaseIndexer> {
  const releases: { title: string; file: Buffer; infoHash?: string; size: number; category: number; n: number }[] = [];
  let fetched = 0;
  const caps = `<?xml version="1.0" encoding="UTF-8"?><caps><server title="local"/><limits max="100" default="100"/><searching><search available="yes" supportedParams="q"/><movie-search available="yes" supportedParams="q,imdbid,tmdbid"/><tv-search available="yes" supportedParams="q,season,ep,tvdbid"/></searching><categories><category id="2000" name="Movies"/><category id="5000" name="TV"/></categories></caps>`;
  const ns =
    protocol === "torrent"
      ? `xmlns:torznab="http://torznab.com/schemas/2015/feed"`
      : `xmlns:newznab="http://www.newznab.com/DTD/2010/feeds/attributes/"`;
  const attr = protocol === "torrent" ? "torznab:attr" : "newznab:attr";
  const mime = protocol === "torrent" ? "application/x-bittorrent" : "application/x-nzb";
  let base = "";
  const server = await startFakeServer((request) => {
    if (request.url.searchParams.get("apikey") !== apiKey) {
      return {
        status: 200,
        headers: { "content-type": "application/xml" },
        body: `<?xml version="1.0" encoding="UTF-8"?><error code="100" description="Incorrect user credentials"/>`,
      };
    }
    const download = request.url.pathname.match(/^\/dl\/(\d+)$/);
    if (download) {
      const release = releases.find((r) => r.n === Number(download[1]));
      if (!release) return { status: 404, body: "not found" };
      fetched++;
      return { headers: { "content-type": mime }, body: release.file };
    }
    if (!request.url.pathname.endsWith("/api")) return { status: 404, body: "not found" };
    if (request.url.searchParams.get("t") === "caps")
      return { headers: { "content-type": "application/xml" }, body: caps };
    const words = (request.url.searchParams.get("q") ?? "")
      .toLowerCase()
      .split(/[\s.]+/)
      .filter(Boolean);
    const items = releases
      .filter((r) => words.every((w) => r.title.toLowerCase().includes(w)))
      .map((r) => {
        const link = escape(`${base}/dl/${r.n}?apikey=${apiKey}`);
        return (
          `<item><title>${escape(r.title)}</title><guid>local-${protocol}-${r.n}</guid><link>${link}</link><size>${r.size}</size>` +
          `<pubDate>${new Date(Date.now() - 3_600_000).toUTCString()}</pubDate><enclosure url="${link}" length="${r.size}" type="${mime}"/>` +
          `<${attr} name="category" value="${r.category}"/>` +
          (protocol === "torrent"
            ? `<${attr} name="seeders" value="12"/><${attr} name="peers" value="14"/>${r.infoHash ? `<${attr} name="infohash" value="${r.infoHash}"/>` : ""}`
            : "") +
          `</item>`
        );
      })
      .join("");
    return {
      headers: { "content-type": "application/rss+xml; charset=utf-8" },
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" ${ns}><channel><title>local</title>${items}</channel></rss>`,
    };
  }, 600_000);
  base = server.url;
  return {
    url: server.url,
    apiKey,
    server,
    add({ title, file, infoHash, size, category }) {
      const n = releases.length + 1;
      releases.push({ title, file, infoHash, size: size ?? file.length, category: category ?? 2000, n });
      return `${server.url}/dl/${n}?apikey=${apiKey}`;
    },
    downloads: () => fetched,
    close: () => server.close(),
  };
}
