import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** Captured peer data (see tests/fixtures/README.md for sources and licenses). */
export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
export const fixture = (relative: string): string => readFileSync(path.join(FIXTURES, relative), "utf8");
export const fixtureBytes = (relative: string): Buffer => readFileSync(path.join(FIXTURES, relative));

export interface FakeRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  body: string;
}

export type FakeReply =
  | { status?: number; headers?: Record<string, string | string[] | undefined>; body?: string | Buffer }
  | "hang"
  | "reset";

export type FakeHandler = (request: FakeRequest) => FakeReply | Promise<FakeReply>;

export interface FakeServer {
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

/**
 * A local HTTP server on 127.0.0.1 that answers with the handler's replies (real captures from
 * tests/fixtures). "hang" never answers; "reset" drops the connection. It stops itself after
 * `lifetimeMs` even if a test forgets to close it.
 */
export async function startFakeServer(handler: FakeHandler, lifetimeMs = 120_000): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on(
      "end",
      () =>
        void (async () => {
          const request: FakeRequest = {
            method: req.method ?? "GET",
            url: new URL(req.url ?? "/", `http://${req.headers.host}`),
            headers: req.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          };
          requests.push(request);
          let reply: FakeReply;
          try {
            reply = await handler(request);
          } catch (error) {
            reply = { status: 500, body: String(error) };
          }
          if (reply === "hang") {
            hanging.add(res);
            return;
          }
          if (reply === "reset") {
            req.socket.destroy();
            return;
          }
          res.writeHead(
            reply.status ?? 200,
            Object.fromEntries(Object.entries(reply.headers ?? {}).filter(([, v]) => v !== undefined)) as Record<
              string,
              string | string[]
            >,
          );
          res.end(reply.body ?? "");
        })(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const timer = setTimeout(() => void close(), lifetimeMs);
  timer.unref();
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(timer);
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close };
}

const xml = (body: string, status = 200): FakeReply => ({
  status,
  headers: { "content-type": "application/rss+xml; charset=utf-8" },
  body,
});

/**
 * A Torznab/Newznab endpoint at /api replaying captures: `caps` for t=caps, `feed` for searches,
 * the Newznab error document for a wrong key.
 */
export function torznabHandler(options: {
  apiKey: string;
  caps: string;
  feed: string | ((request: FakeRequest) => string);
}): FakeHandler {
  return (request) => {
    if (!request.url.pathname.endsWith("/api")) return { status: 404, body: "not found" };
    if (request.url.searchParams.get("apikey") !== options.apiKey) return xml(fixture("newznab/unauthorized.xml"));
    if (request.url.searchParams.get("t") === "caps") return xml(fixture(options.caps));
    return xml(typeof options.feed === "string" ? fixture(options.feed) : options.feed(request));
  };
}
