import webpush from "web-push";
import { HttpStatusError, createHttpClient } from "@/lib/http";
import type { PushSubscriptionRow } from "./subscriptions.repo";
import { vapidKeys, vapidSubject } from "./vapid";

const PUSH_TIMEOUT_MS = 10_000;
/** How long the push service keeps a message for a device that is offline. */
const TTL_SECONDS = 24 * 60 * 60;

export interface PushPayload {
  title: string;
  body: string;
  url: string;
}

/** The push service says this subscription is gone (404/410): the browser unsubscribed or the app was removed. */
export function isGone(error: unknown): boolean {
  return error instanceof HttpStatusError && (error.status === 404 || error.status === 410);
}

/**
 * Encrypts the payload for the device (RFC 8291, aes128gcm) and signs a VAPID JWT with web-push, then
 * POSTs it through lib/http (timeout, typed errors) rather than web-push's own https-only client.
 */
export async function sendPush(
  subscription: Pick<PushSubscriptionRow, "endpoint" | "p256dh" | "auth">,
  payload: PushPayload,
  signal?: AbortSignal,
): Promise<void> {
  const keys = await vapidKeys();
  const request = webpush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: { subject: vapidSubject(), publicKey: keys.publicKey, privateKey: keys.privateKey },
      TTL: TTL_SECONDS,
      contentEncoding: "aes128gcm",
    },
  );
  const client = createHttpClient({ service: "Push service", timeoutMs: PUSH_TIMEOUT_MS, retries: 0 });
  // fetch sets Content-Length itself from the body.
  const headers = Object.fromEntries(
    Object.entries(request.headers)
      .filter(([k]) => k.toLowerCase() !== "content-length")
      .map(([k, v]) => [k, String(v)]),
  );
  await client.call(request.endpoint, (ky) =>
    ky
      .post(request.endpoint, {
        headers,
        body: request.body ? new Uint8Array(request.body) : undefined,
        signal,
      })
      .then((r) => r.arrayBuffer()),
  );
}
