import type { ReactNode } from "react";
import { SectionTabs } from "@/components/shell/section-tabs";
import { requirePageActor } from "@/lib/accounts/next";

export default async function SystemLayout({ children }: { children: ReactNode }) {
  await requirePageActor("admin");
  return (
    <>
      <SectionTabs
        label="System"
        tabs={[
          { href: "/system", label: "Status" },
          { href: "/system/health", label: "Health" },
          { href: "/system/tasks", label: "Tasks" },
          { href: "/system/backups", label: "Backups" },
          { href: "/system/logs", label: "Logs" },
          { href: "/system/api", label: "API" },
        ]}
      />
      {children}
    </>
  );
}
