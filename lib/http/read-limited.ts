import { HttpBodyTooLargeError } from "./errors";

/**
 * Reads a response body, giving up as soon as it passes `limitBytes` (also when a Content-Length
 * says so up front): a huge or endless answer is never held in memory.
 */
export async function readBodyLimited(
  response: Response,
  limitBytes: number,
  service: string,
  url: string,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > limitBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new HttpBodyTooLargeError(service, url, limitBytes);
  }
  if (!response.body) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw new HttpBodyTooLargeError(service, url, limitBytes);
    }
    parts.push(value);
  }
  return new Uint8Array(Buffer.concat(parts));
}
