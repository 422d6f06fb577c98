"use server";

import { requireActionActor } from "@/lib/accounts/next";
import { runAction, type ActionResult } from "@/lib/api";
import {
  isPushSubscribed,
  pushEndpointSchema,
  pushPublicKey,
  pushSubscriptionSchema,
  subscribePush,
  testPush,
  unsubscribePush,
  type ChannelTestResult,
  type PushSubscriptionInput,
} from "@/lib/notifications";

export async function pushPublicKeyAction(): Promise<ActionResult<string>> {
  return runAction([], [], async () => pushPublicKey(await requireActionActor("browse")));
}

export async function subscribePushAction(input: PushSubscriptionInput): Promise<ActionResult<{ id: string }>> {
  return runAction([pushSubscriptionSchema], [input], async (input) =>
    subscribePush(await requireActionActor("browse"), input),
  );
}

export async function unsubscribePushAction(input: { endpoint: string }): Promise<ActionResult<undefined>> {
  return runAction([pushEndpointSchema], [input], async (input) => {
    await unsubscribePush(await requireActionActor("browse"), input);
    return undefined;
  });
}

export async function isPushSubscribedAction(input: { endpoint: string }): Promise<ActionResult<boolean>> {
  return runAction([pushEndpointSchema], [input], async (input) =>
    isPushSubscribed(await requireActionActor("browse"), input),
  );
}

export async function testPushAction(input: { endpoint: string }): Promise<ActionResult<ChannelTestResult>> {
  return runAction([pushEndpointSchema], [input], async (input) => testPush(await requireActionActor("browse"), input));
}
