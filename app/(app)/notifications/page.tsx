import type { Metadata } from "next";
import { LiveRefresh } from "@/components/live/live-refresh";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/accounts/next";
import { listNotifications } from "@/lib/notifications";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requirePageActor("browse");
  const { items, unread } = await listNotifications(actor);
  return (
    <>
      <PageHeader title="Notifications" description={unread === 0 ? "You are all caught up." : `${unread} unread`} />
      <LiveRefresh prefixes={["notification."]} />
      <NotificationList items={items} />
    </>
  );
}
