import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { ServiceWorkerRegistration } from "@/components/pwa/service-worker-registration";
import { requirePageActor } from "@/lib/accounts/next";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  return (
    <AppShell user={{ username: actor.username, role: actor.role }}>
      {children}
      <ServiceWorkerRegistration />
    </AppShell>
  );
}
