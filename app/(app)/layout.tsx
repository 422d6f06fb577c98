import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { SIDEBAR_COOKIE, isSidebarCollapsed } from "@/components/shell/sidebar-state";
import { ServiceWorkerRegistration } from "@/components/pwa/service-worker-registration";
import { EventCursor } from "@/components/live/event-cursor";
import { requirePageActor } from "@/lib/accounts/next";
import { can } from "@/lib/accounts";
import { latestEventId } from "@/lib/events";
import { unreadCount } from "@/lib/notifications";
import { healthSummary } from "@/lib/system";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor("browse");
  const [cookieStore, eventCursor, unread, health] = await Promise.all([
    cookies(),
    latestEventId(),
    unreadCount(actor),
    can(actor.role, "admin") ? healthSummary(actor).catch(() => null) : null,
  ]);
  const problems = health ? health.errors + health.warnings : 0;
  const alerts = problems > 0 ? { "/system": `${problems} health problem${problems === 1 ? "" : "s"}` } : undefined;
  const collapsed = isSidebarCollapsed(cookieStore.get(SIDEBAR_COOKIE)?.value);
  return (
    <AppShell
      user={{ username: actor.username, role: actor.role }}
      defaultSidebarCollapsed={collapsed}
      unreadNotifications={unread}
      alerts={alerts}
    >
      <EventCursor at={eventCursor} />
      {children}
      <ServiceWorkerRegistration />
    </AppShell>
  );
}
