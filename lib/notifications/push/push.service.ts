import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { ForbiddenError, NotFoundError, parseInput } from "@/lib/errors";
import { describeFailure } from "../channels/describe-failure";
import type { ChannelTestResult } from "../channels/channel.schemas";
import { absoluteLink } from "../message";
import { sendPush } from "./send-push";
import * as repo from "./subscriptions.repo";
import { vapidKeys } from "./vapid";

const base64url = z.string().regex(/^[A-Za-z0-9_-]+=*$/, "must be base64url");

/** A browser's PushSubscription.toJSON(), and a name for the device. */
export const pushSubscriptionSchema = z.object({
  endpoint: z
    .string()
    .url()
    .max(2000)
    .refine((u) => /^https?:\/\//.test(u), "must be an http(s) URL"),
  keys: z.object({ p256dh: base64url.max(200), auth: base64url.max(100) }),
  label: z.string().trim().max(100).default("This device"),
});
export type PushSubscriptionInput = z.input<typeof pushSubscriptionSchema>;
export const pushEndpointSchema = z.object({ endpoint: z.string().min(1).max(2000) });

function userOf(actor: Actor): string {
  assertCan(actor, "browse");
  if (actor.kind !== "user") throw new ForbiddenError("Push subscriptions belong to a signed-in user");
  return actor.userId;
}

/** The public VAPID key browsers subscribe with (generated on first use). */
export async function pushPublicKey(actor: Actor): Promise<string> {
  userOf(actor);
  return (await vapidKeys()).publicKey;
}

export async function subscribePush(actor: Actor, raw: PushSubscriptionInput): Promise<{ id: string }> {
  const input = parseInput(pushSubscriptionSchema, raw);
  const row = await repo.upsertSubscription({
    userId: userOf(actor),
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    label: input.label,
  });
  return { id: row.id };
}

export async function unsubscribePush(actor: Actor, raw: { endpoint: string }): Promise<void> {
  const { endpoint } = parseInput(pushEndpointSchema, raw);
  await repo.deleteUserSubscription(userOf(actor), endpoint);
}

/** Whether this browser's endpoint is subscribed for the user (the Profile shows on/off per device). */
export async function isPushSubscribed(actor: Actor, raw: { endpoint: string }): Promise<boolean> {
  const { endpoint } = parseInput(pushEndpointSchema, raw);
  return (await repo.findUserSubscription(userOf(actor), endpoint)) !== null;
}

/** Sends a test push to one of the user's devices; says precisely why it did not arrive. */
export async function testPush(actor: Actor, raw: { endpoint: string }): Promise<ChannelTestResult> {
  const { endpoint } = parseInput(pushEndpointSchema, raw);
  const subscription = await repo.findUserSubscription(userOf(actor), endpoint);
  if (!subscription) throw new NotFoundError("This device is not subscribed");
  try {
    await sendPush(subscription, {
      title: "Mydia test notification",
      body: "Push notifications reach this device.",
      url: absoluteLink("/notifications") ?? "/notifications",
    });
    await repo.recordPushResult(subscription.id, null);
    return { ok: true };
  } catch (error) {
    const message = describeFailure(error);
    await repo.recordPushResult(subscription.id, message);
    return { ok: false, message };
  }
}
