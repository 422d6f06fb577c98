import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "@/lib/http";

/**
 * Next's patched global fetch re-sends a request body as a stream (chunked, no Content-Length).
 * Outbound calls must not depend on the process's global fetch: this stands in a global fetch
 * that behaves like Next's and checks that what reaches the peer is the same either way.
 */
describe("outbound HTTP does not depend on the process's global fetch", () => {
  let server: Server;
  let base = "";
  const seen: { headers: IncomingHttpHeaders; body: string }[] = [];
  const originalFetch = globalThis.fetch;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        seen.push({ headers: request.headers, body: Buffer.concat(chunks).toString("latin1") });
        response.end("Ok.");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    globalThis.fetch = originalFetch;
    seen.length = 0;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const nextLikeFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const bytes = request.body ? new Uint8Array(await request.arrayBuffer()) : null;
    const stream = bytes
      ? new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes);
            controller.close();
          },
        })
      : null;
    return originalFetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: stream,
      duplex: "half",
    } as RequestInit);
  };

  it("sends a form body with an explicit length, whatever globalThis.fetch is", async () => {
    globalThis.fetch = nextLikeFetch;
    const http = createHttpClient({ service: "peer", retries: 0 });
    const form = new URLSearchParams({ username: "åsa", password: "secret" });
    const text = await http.call(`${base}/login`, (k) => k.post(`${base}/login`, { body: form }).text());
    expect(text).toBe("Ok.");
    expect(seen[0].headers["transfer-encoding"]).toBeUndefined();
    expect(seen[0].headers["content-length"]).toBe(String(Buffer.byteLength(form.toString())));
    expect(seen[0].headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(new URLSearchParams(seen[0].body).get("username")).toBe("åsa");
  });

  it("sends multipart bodies (a .torrent upload) with their boundary and length", async () => {
    globalThis.fetch = nextLikeFetch;
    const http = createHttpClient({ service: "peer", retries: 0 });
    const form = new FormData();
    form.append("torrents", new Blob([new Uint8Array([100, 52, 58, 105, 110, 102, 111])]), "x.torrent");
    form.append("category", "mydia-movies");
    await http.call(`${base}/add`, (k) => k.post(`${base}/add`, { body: form }).text());
    expect(seen[0].headers["transfer-encoding"]).toBeUndefined();
    expect(Number(seen[0].headers["content-length"])).toBe(Buffer.byteLength(seen[0].body, "latin1"));
    const boundary = /boundary=(.+)$/.exec(seen[0].headers["content-type"] ?? "")?.[1];
    expect(boundary).toBeTruthy();
    expect(seen[0].body).toContain(`--${boundary}`);
    expect(seen[0].body).toContain('name="category"');
  });

  it("never calls the global fetch", async () => {
    let calls = 0;
    globalThis.fetch = async (...args) => {
      calls += 1;
      return originalFetch(...args);
    };
    const http = createHttpClient({ service: "peer", retries: 0 });
    await http.call(`${base}/v`, (k) => k.get(`${base}/v`).text());
    expect(calls).toBe(0);
  });
});
