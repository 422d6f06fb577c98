import { fetch as undiciFetch, type RequestInit as UndiciRequestInit } from "undici";

/**
 * The fetch every outbound call uses, in the web process and the worker alike.
 *
 * Inside `next start`, `globalThis.fetch` is Next's patched fetch: it reads a request body to build
 * a cache key and re-sends it as a stream, chunked and without Content-Length. qBittorrent then reads
 * an empty login form ("Fails."). So outbound calls never go through the global fetch: they use
 * undici's own fetch (from the `undici` package, which nothing patches), and every body is buffered
 * first so it always goes out with an explicit Content-Length.
 */
export async function outboundFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
  const options: UndiciRequestInit = {
    method: request.method,
    headers: [...request.headers],
    body,
    redirect: request.redirect,
    signal: request.signal,
  };
  // undici's Response has the same shape as the global one (ky recognises it by its toStringTag).
  return (await undiciFetch(request.url, options)) as unknown as Response;
}
