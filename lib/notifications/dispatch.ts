import { tx } from "@/lib/db";
import { latestPosition, publish, readEventsSince, type PositionedEvent } from "@/lib/events";
import { listEnabledChannelRows, type ChannelRow } from "./channels/channels.repo";
import { advanceCursor, readCursor } from "./cursor.repo";
import { insertDeliveries, type NewDelivery } from "./deliveries.repo";
import { draftFromEvent, type NotificationDraft } from "./from-events";
import { absoluteLink, type OutboundMessage } from "./message";
import { insertNotifications, type NewNotification } from "./notifications.repo";
import { subscriptionsOf } from "./push/subscriptions.repo";
import { recipients } from "./recipients";

const CURSOR = "notifications";
const BATCH = 200;

interface Drafted {
  event: PositionedEvent["event"];
  draft: NotificationDraft;
  users: string[];
}

function channelWants(channel: ChannelRow, item: Drafted): boolean {
  if (!channel.events.includes(item.draft.kind)) return false;
  // Admin channels hear everything they chose; a personal channel only what is addressed to its owner.
  return channel.userId === null || item.users.includes(channel.userId);
}

function messageOf(item: Drafted): OutboundMessage {
  return {
    kind: item.draft.kind,
    eventType: item.event.type,
    title: item.draft.title,
    body: item.draft.body,
    url: absoluteLink(item.draft.link),
    subject: item.draft.subject,
    occurredAt: item.event.createdAt,
  };
}

/**
 * Reads the events after the stored cursor and turns them into notifications and channel deliveries, in
 * one transaction that also moves the cursor (compare and set): with two workers, the one that loses the
 * race writes nothing and reads again from where the winner left off, so each event is handled once.
 * Returns the deliveries to send (their jobs are queued after the commit).
 */
/** What a dispatch wrote: channel deliveries and (notification, device) pairs to push; their jobs are queued next. */
export interface DispatchResult {
  deliveryIds: string[];
  pushes: { notificationId: string; subscriptionId: string }[];
}

async function dispatchBatch(): Promise<DispatchResult & { done: boolean; pending: boolean }> {
  const from = await readCursor(CURSOR, () => latestPosition());
  const { events, position, more, pending } = await readEventsSince(from, BATCH);
  if (position.txid === from.txid && position.id === from.id)
    return { deliveryIds: [], pushes: [], done: true, pending };

  const drafts = events.flatMap(({ event }) => {
    const draft = draftFromEvent(event);
    return draft ? [{ event, draft }] : [];
  });
  const { known, admins } = drafts.length > 0 ? await recipients() : { known: new Set<string>(), admins: [] };
  const items: Drafted[] = drafts.map((d) => ({
    ...d,
    users: d.draft.to === "admins" ? admins : d.draft.to.filter((id) => known.has(id)),
  }));
  const channels = items.length > 0 ? await listEnabledChannelRows() : [];

  const notifications: NewNotification[] = items.flatMap((item) =>
    item.users.map((userId) => ({
      userId,
      eventId: item.event.id,
      kind: item.draft.kind,
      title: item.draft.title,
      body: item.draft.body,
      link: item.draft.link,
    })),
  );
  const deliveries: NewDelivery[] = items.flatMap((item) =>
    channels
      .filter((channel) => channelWants(channel, item))
      .map((channel) => ({
        channelId: channel.id,
        eventId: item.event.id,
        kind: item.draft.kind,
        message: { ...messageOf(item) },
      })),
  );

  const written = await tx(async (t) => {
    if (!(await advanceCursor(CURSOR, from, position, t))) return null;
    const inserted = await insertNotifications(notifications, t);
    for (const row of inserted)
      await publish(
        "notification.created",
        { notificationId: row.id, title: row.title, audience: [row.userId] },
        { db: t },
      );
    return { notifications: inserted, deliveryIds: await insertDeliveries(deliveries, t) };
  });
  // Another worker moved the cursor first: read again from where it is now.
  if (written === null) return { deliveryIds: [], pushes: [], done: false, pending };
  const devices = await subscriptionsOf([...new Set(written.notifications.map((row) => row.userId))]);
  const pushes = written.notifications.flatMap((row) =>
    devices.filter((d) => d.userId === row.userId).map((d) => ({ notificationId: row.id, subscriptionId: d.id })),
  );
  return { deliveryIds: written.deliveryIds, pushes, done: !more, pending };
}

/** How long a dispatch waits for events held behind an older PostgreSQL transaction (any database's) before leaving them to the next run. */
const PENDING_WAIT_MS = 3_000;
const PENDING_RETRY_MS = 50;

/** Dispatches every event not handled yet; returns the deliveries and pushes it created. */
export async function dispatchPendingEvents(): Promise<DispatchResult> {
  const all: DispatchResult = { deliveryIds: [], pushes: [] };
  const giveUpAt = Date.now() + PENDING_WAIT_MS;
  for (;;) {
    const { deliveryIds, pushes, done, pending } = await dispatchBatch();
    all.deliveryIds.push(...deliveryIds);
    all.pushes.push(...pushes);
    if (done && (!pending || Date.now() > giveUpAt)) return all;
    if (done) await new Promise((resolve) => setTimeout(resolve, PENDING_RETRY_MS));
  }
}
