import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A local HTTP receiver standing in for a webhook endpoint, Discord, ntfy or Gotify: records every request
 * and answers with the next queued status (then `fallback`).
 */
export async function startReceiver(fallback = 200): Promise<{
  url: string;
  received: Received[];
  answerNext: (...statuses: number[]) => void;
  stop: () => Promise<void>;
}> {
  const received: Received[] = [];
  const queued: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const status = queued.shift() ?? fallback;
      res.writeHead(status, { "content-type": "application/json" });
      res.end(status >= 400 ? JSON.stringify({ message: "receiver is down" }) : "{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answerNext: (...statuses) => queued.push(...statuses),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
