import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeTorrent } from "@/tests/helpers/daemons/make-torrent";

/**
 * .torrent files served over HTTP for a real client, made from data written here. With `placed`,
 * the data is also copied to the client's save folder, so the client verifies it to 100 %.
 */
export interface TorrentSeeder {
  seed(name: string, files: Record<string, Buffer>, options?: { placed?: boolean }): { url: string; infoHash: string };
  close(): Promise<void>;
}

export async function startTorrentSeeder(saveDir: string): Promise<TorrentSeeder> {
  const served = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const body = served.get(req.url ?? "");
    if (!body) return res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": "application/x-bittorrent" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    seed(name, files, { placed = true } = {}) {
      const scratch = mkdtempSync(path.join(tmpdir(), "mydia-seed-"));
      const folder = path.join(scratch, name);
      for (const [relative, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
        writeFileSync(path.join(folder, relative), content);
      }
      const torrent = makeTorrent(folder);
      if (placed) {
        for (const relative of Object.keys(files)) {
          mkdirSync(path.dirname(path.join(saveDir, name, relative)), { recursive: true });
          copyFileSync(path.join(folder, relative), path.join(saveDir, name, relative));
        }
      }
      rmSync(scratch, { recursive: true, force: true });
      served.set(`/${torrent.infoHash}.torrent`, torrent.data);
      return { url: `${url}/${torrent.infoHash}.torrent`, infoHash: torrent.infoHash };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
