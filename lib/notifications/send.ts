import { sendJob, type Job, type PayloadOf } from "@/lib/jobs";
import { logger } from "@/lib/logger";
import { loadSendableChannel } from "./channels/channels.service";
import { describeFailure } from "./channels/describe-failure";
import { sendThrough } from "./channels/registry";
import { findDelivery, recordAttempt, stalePendingIds } from "./deliveries.repo";
import { dispatchPendingEvents, type DispatchResult } from "./dispatch";
import type { OutboundMessage } from "./message";

/** Queues the send job of each delivery and push (singleton keys keep one job each). */
export async function queueDeliveries({ deliveryIds, pushes }: DispatchResult): Promise<void> {
  for (const deliveryId of deliveryIds) await sendJob("notifications.send", { deliveryId });
  for (const push of pushes) await sendJob("notifications.push", push);
}

/**
 * The notifications.send job: one message to one channel. A failure is recorded on the delivery (shown on
 * the channel) and rethrown, so the queue retries it with back-off.
 */
export async function notificationsSendHandler(job: Job<PayloadOf<"notifications.send">>): Promise<void> {
  const delivery = await findDelivery(job.data.deliveryId);
  if (!delivery || delivery.status === "sent") return;
  const channel = await loadSendableChannel(delivery.channelId);
  if (!channel || !channel.enabled) return;
  try {
    await sendThrough(channel, delivery.message as unknown as OutboundMessage, job.signal);
  } catch (error) {
    const message = describeFailure(error);
    await recordAttempt(delivery.id, { ok: false, error: message });
    logger.warn({ channel: channel.name, attempt: job.attempt, error: message }, "notification not delivered");
    throw new Error(message, { cause: error });
  }
  await recordAttempt(delivery.id, { ok: true });
}

const STALE_AFTER_MS = 2 * 60_000;

/** The notifications.dispatch job (every minute): catches up on events and queues deliveries left unsent. */
export async function notificationsDispatchHandler(): Promise<void> {
  await queueDeliveries(await dispatchPendingEvents());
  await queueDeliveries({ deliveryIds: await stalePendingIds(new Date(Date.now() - STALE_AFTER_MS)), pushes: [] });
}
