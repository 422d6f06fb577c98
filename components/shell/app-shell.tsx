"use client";

import * as React from "react";
import { usePathname } from "next/navigation";

import { TooltipProvider } from "@/components/ui/tooltip";
import { navItemsFor } from "@/components/shell/nav-items";
import { MobileBottomBar, MobileTopBar } from "@/components/shell/mobile-nav";
import { Sidebar } from "@/components/shell/sidebar";
import { writeSidebarCookie } from "@/components/shell/sidebar-state";
import type { ShellUser } from "@/components/shell/user-menu";

export type AppShellProps = {
  user: ShellUser;
  children: React.ReactNode;
  /** Initial desktop sidebar state; read the cookie with `isSidebarCollapsed()` on the server. */
  defaultSidebarCollapsed?: boolean;
  /** The signed-in user's unread notifications when the page was rendered (the bell keeps it live). */
  unreadNotifications?: number;
  /** Nav items that need attention, by href: `{ "/system": "2 health problems" }`. */
  alerts?: Record<string, string>;
};

/**
 * The signed-in app frame. Desktop (md+): a left sidebar (collapsible to icons) with navigation
 * and the account menu. Phones: a top bar with the account menu and a fixed bottom bar with the
 * main sections plus "More". Pages render inside `<main id="main-content">` with page padding.
 */
export function AppShell({
  user,
  children,
  defaultSidebarCollapsed = false,
  unreadNotifications = 0,
  alerts,
}: AppShellProps) {
  const pathname = usePathname();
  const alertKey = JSON.stringify(alerts ?? {});
  const items = React.useMemo(() => {
    const byHref: Record<string, string> = JSON.parse(alertKey);
    return navItemsFor(user.role).map((item) => (byHref[item.href] ? { ...item, alert: byHref[item.href] } : item));
  }, [user.role, alertKey]);
  const [collapsed, setCollapsed] = React.useState(defaultSidebarCollapsed);

  const toggle = React.useCallback(() => {
    const next = !collapsed;
    setCollapsed(next);
    writeSidebarCookie(next);
  }, [collapsed]);

  return (
    <TooltipProvider delayDuration={200}>
      <a
        href="#main-content"
        className="sr-only rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground shadow-lg outline-none focus:not-sr-only focus:fixed focus:px-4 focus:py-2 focus:top-3 focus:left-3 focus:z-[100] focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        Skip to content
      </a>
      <div data-slot="app-shell" className="flex min-h-dvh">
        <Sidebar
          user={user}
          items={items}
          pathname={pathname}
          collapsed={collapsed}
          onToggle={toggle}
          unreadNotifications={unreadNotifications}
        />
        <div className="flex min-w-0 flex-1 flex-col">
          <MobileTopBar user={user} unreadNotifications={unreadNotifications} />
          <main id="main-content" tabIndex={-1} className="flex-1 pb-bottom-nav px-safe outline-none md:pb-0 md:px-0">
            <div className="mx-auto w-full max-w-screen-2xl px-4 py-5 sm:px-6 md:px-8 md:py-8">{children}</div>
          </main>
        </div>
      </div>
      <MobileBottomBar items={items} pathname={pathname} />
    </TooltipProvider>
  );
}
