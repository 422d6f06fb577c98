import type { Job, PayloadOf } from "@/lib/jobs";
import { logger } from "@/lib/logger";
import { describeFailure } from "../channels/describe-failure";
import { absoluteLink } from "../message";
import { findNotification } from "../notifications.repo";
import { isGone, sendPush } from "./send-push";
import { deleteSubscription, findSubscription, recordPushResult } from "./subscriptions.repo";

/**
 * The notifications.push job: one notification to one device. A subscription the push service calls
 * gone (404/410) is removed; other failures are recorded and rethrown, so the queue retries with back-off.
 */
export async function notificationsPushHandler(job: Job<PayloadOf<"notifications.push">>): Promise<void> {
  const [notification, subscription] = await Promise.all([
    findNotification(job.data.notificationId),
    findSubscription(job.data.subscriptionId),
  ]);
  if (!notification || !subscription || notification.userId !== subscription.userId) return;
  try {
    await sendPush(
      subscription,
      {
        title: notification.title,
        body: notification.body,
        url: absoluteLink(notification.link ?? "/notifications") ?? "/notifications",
      },
      job.signal,
    );
    await recordPushResult(subscription.id, null);
  } catch (error) {
    if (isGone(error)) {
      await deleteSubscription(subscription.id);
      logger.info({ device: subscription.label }, "push subscription gone; removed");
      return;
    }
    const message = describeFailure(error);
    await recordPushResult(subscription.id, message);
    throw new Error(message, { cause: error });
  }
}
