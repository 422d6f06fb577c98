import { createHttpClient } from "@/lib/http";

/** Each channel answers within this, or the attempt fails as "did not answer in time" (and the job retries). */
export const CHANNEL_TIMEOUT_MS = 10_000;

/** POSTs a JSON body; a non-2xx answer, refusal or timeout throws one of lib/http's typed errors. */
export async function postJson(
  service: string,
  url: string,
  body: unknown,
  options: { headers?: Record<string, string>; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<void> {
  const client = createHttpClient({ service, timeoutMs: options.timeoutMs ?? CHANNEL_TIMEOUT_MS, retries: 0 });
  await client.call(url, (ky) =>
    ky.post(url, { json: body, headers: options.headers, signal: options.signal }).then((r) => r.arrayBuffer()),
  );
}
