import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { SIDEBAR_COOKIE, isSidebarCollapsed } from "@/components/shell/sidebar-state";
import { ServiceWorkerRegistration } from "@/components/pwa/service-worker-registration";
import { requirePageActor } from "@/lib/accounts/next";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor("browse");
  const collapsed = isSidebarCollapsed((await cookies()).get(SIDEBAR_COOKIE)?.value);
  return (
    <AppShell user={{ username: actor.username, role: actor.role }} defaultSidebarCollapsed={collapsed}>
      {children}
      <ServiceWorkerRegistration />
    </AppShell>
  );
}
