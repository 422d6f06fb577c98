import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { SIDEBAR_COOKIE, isSidebarCollapsed } from "@/components/shell/sidebar-state";
import { ServiceWorkerRegistration } from "@/components/pwa/service-worker-registration";
import { EventCursor } from "@/components/live/event-cursor";
import { requirePageActor } from "@/lib/accounts/next";
import { latestEventId } from "@/lib/events";
import { unreadCount } from "@/lib/notifications";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor("browse");
  const [cookieStore, eventCursor, unread] = await Promise.all([cookies(), latestEventId(), unreadCount(actor)]);
  const collapsed = isSidebarCollapsed(cookieStore.get(SIDEBAR_COOKIE)?.value);
  return (
    <AppShell
      user={{ username: actor.username, role: actor.role }}
      defaultSidebarCollapsed={collapsed}
      unreadNotifications={unread}
    >
      <EventCursor at={eventCursor} />
      {children}
      <ServiceWorkerRegistration />
    </AppShell>
  );
}
