import { z } from "zod";
import { assertCan, type Actor } from "@/lib/accounts";
import { ForbiddenError, parseInput } from "@/lib/errors";
import { publish } from "@/lib/events";
import * as repo from "./notifications.repo";

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

const PAGE = 50;

function userOf(actor: Actor): string {
  assertCan(actor, "browse");
  if (actor.kind !== "user") throw new ForbiddenError("Notifications belong to a signed-in user");
  return actor.userId;
}

export const markReadSchema = z.object({
  ids: z.union([z.literal("all"), z.array(z.string().min(1).max(100)).max(500)]),
});
export type MarkReadInput = z.infer<typeof markReadSchema>;

/** The user's latest notifications (newest first) and how many are unread. */
export async function listNotifications(actor: Actor): Promise<{ items: NotificationView[]; unread: number }> {
  const userId = userOf(actor);
  const [rows, unread] = await Promise.all([
    repo.listNotificationRows(userId, { limit: PAGE }),
    repo.countUnread(userId),
  ]);
  return {
    unread,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      read: r.readAt !== null,
    })),
  };
}

export async function unreadCount(actor: Actor): Promise<number> {
  return repo.countUnread(userOf(actor));
}

/** Marks some or all of the user's notifications read; their other devices hear it (notification.read). */
export async function markNotificationsRead(actor: Actor, raw: MarkReadInput): Promise<{ changed: number }> {
  const userId = userOf(actor);
  const { ids } = parseInput(markReadSchema, raw);
  const changed = await repo.markRead(userId, ids);
  if (changed.length > 0)
    await publish("notification.read", { notificationIds: changed, audience: [userId] }, { actorId: userId });
  return { changed: changed.length };
}
