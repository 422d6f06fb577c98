import { eventSubscriber } from "@/lib/events";
import { logger } from "@/lib/logger";
import { dispatchPendingEvents } from "./dispatch";
import { queueDeliveries } from "./send";

/**
 * Runs in the worker: dispatches as soon as events arrive (the every-minute notifications.dispatch job
 * only catches up). Wake-ups during a run coalesce into one more run. Safe in several workers at once:
 * dispatch moves a shared cursor with compare-and-set.
 */
export function startLiveDispatcher(): { stop: () => void } {
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await queueDeliveries(await dispatchPendingEvents());
      } while (again);
    } catch (error) {
      logger.warn({ err: error }, "dispatching notifications failed; the next event or the minute job retries");
    } finally {
      running = false;
    }
  };
  const unsubscribe = eventSubscriber().subscribe(({ event }) => {
    if (!event.type.startsWith("notification.")) void run();
  });
  void run();
  return { stop: unsubscribe };
}
