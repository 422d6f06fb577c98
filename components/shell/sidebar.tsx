"use client";

import Link from "next/link";
import { PanelLeftCloseIcon, PanelLeftOpenIcon } from "lucide-react";

import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/components/ui/utils";
import { isNavItemActive, NAV_ALERT_DOT, type NavItem } from "@/components/shell/nav-items";
import { UserMenu, type ShellUser } from "@/components/shell/user-menu";
import { Wordmark } from "@/components/shell/wordmark";
import { NotificationBell } from "@/components/notifications/notification-bell";

function SidebarLink({ item, active, collapsed }: { item: NavItem; active: boolean; collapsed: boolean }) {
  const Icon = item.icon;
  const link = (
    <Link
      href={item.href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "group/link relative flex h-9 items-center gap-3 rounded-md px-2.5 text-sm font-medium text-sidebar-foreground/75 outline-none transition-colors hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:ring-[3px] focus-visible:ring-sidebar-ring/60",
        active && "bg-sidebar-accent text-sidebar-accent-foreground",
        collapsed && "justify-center px-0",
      )}
    >
      {active && (
        <span aria-hidden="true" className="absolute top-1.5 bottom-1.5 -left-2 w-1 rounded-r-full bg-brand" />
      )}
      <Icon aria-hidden="true" className={cn("size-4 shrink-0", active ? "text-brand" : "text-current")} />
      <span className={cn("truncate", collapsed && "sr-only")}>{item.label}</span>
      {item.alert && (
        <span
          data-testid={`nav-alert-${item.label}`}
          title={item.alert}
          className={cn(NAV_ALERT_DOT, collapsed ? "absolute top-1.5 right-2" : "ml-auto")}
        >
          <span className="sr-only">{item.alert}</span>
        </span>
      )}
    </Link>
  );
  if (!collapsed) return link;
  return (
    <Tooltip>
      <TooltipTrigger asChild>{link}</TooltipTrigger>
      <TooltipContent side="right">{item.alert ? `${item.label}: ${item.alert}` : item.label}</TooltipContent>
    </Tooltip>
  );
}

function SidebarGroup({
  items,
  pathname,
  collapsed,
  label,
}: {
  items: NavItem[];
  pathname: string | null;
  collapsed: boolean;
  label?: string;
}) {
  if (items.length === 0) return null;
  return (
    <div className="flex flex-col gap-1">
      {label && collapsed && <div aria-hidden="true" className="mx-2 my-1 h-px bg-sidebar-border" />}
      {label && (
        <div className={cn("px-2.5 pt-2 pb-1 text-xs font-medium text-muted-foreground", collapsed && "sr-only")}>
          {label}
        </div>
      )}
      <ul className="flex flex-col gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <SidebarLink item={item} active={isNavItemActive(pathname, item.href)} collapsed={collapsed} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Desktop (md and up) navigation; hidden on phones, where the top and bottom bars take over. */
export function Sidebar({
  user,
  items,
  pathname,
  collapsed,
  onToggle,
  unreadNotifications,
}: {
  user: ShellUser;
  items: NavItem[];
  pathname: string | null;
  collapsed: boolean;
  onToggle: () => void;
  unreadNotifications: number;
}) {
  const ToggleIcon = collapsed ? PanelLeftOpenIcon : PanelLeftCloseIcon;
  const toggleLabel = collapsed ? "Expand sidebar" : "Collapse sidebar";
  return (
    <aside
      data-slot="sidebar"
      data-collapsed={collapsed}
      className={cn(
        "sticky top-0 hidden h-dvh shrink-0 flex-col border-r border-sidebar-border bg-sidebar text-sidebar-foreground transition-[width] duration-200 md:flex",
        collapsed ? "w-16" : "w-60",
      )}
    >
      <div
        className={cn(
          "flex h-14 items-center gap-2 px-4",
          collapsed && "h-auto flex-col justify-center gap-1 px-2 py-2",
        )}
      >
        <Link
          href="/"
          className="rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-sidebar-ring/60"
          aria-label="Mydia home"
        >
          <Wordmark compact={collapsed} />
        </Link>
        <NotificationBell
          initialUnread={unreadNotifications}
          className={cn(!collapsed && "ml-auto", "hover:bg-sidebar-accent hover:text-sidebar-accent-foreground")}
        />
        {!collapsed && (
          <button
            type="button"
            onClick={onToggle}
            aria-label={toggleLabel}
            title={toggleLabel}
            className=" inline-flex size-8 items-center justify-center rounded-md text-muted-foreground outline-none transition-colors hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:ring-[3px] focus-visible:ring-sidebar-ring/60"
          >
            <ToggleIcon className="size-4" aria-hidden="true" />
          </button>
        )}
      </div>
      <nav aria-label="Main" className="flex flex-1 flex-col gap-2 overflow-y-auto px-3 py-2">
        <SidebarGroup items={items.filter((i) => i.group === "main")} pathname={pathname} collapsed={collapsed} />
        <SidebarGroup
          items={items.filter((i) => i.group === "admin")}
          pathname={pathname}
          collapsed={collapsed}
          label="Administration"
        />
      </nav>
      {collapsed && (
        <div className="flex justify-center px-3 pb-1">
          <Tooltip>
            <TooltipTrigger asChild>
              <button
                type="button"
                onClick={onToggle}
                aria-label={toggleLabel}
                className="inline-flex size-9 items-center justify-center rounded-md text-muted-foreground outline-none transition-colors hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:ring-[3px] focus-visible:ring-sidebar-ring/60"
              >
                <ToggleIcon className="size-4" aria-hidden="true" />
              </button>
            </TooltipTrigger>
            <TooltipContent side="right">{toggleLabel}</TooltipContent>
          </Tooltip>
        </div>
      )}
      <div className={cn("border-t border-sidebar-border p-2", collapsed && "flex justify-center")}>
        <UserMenu user={user} variant="sidebar" collapsed={collapsed} />
      </div>
    </aside>
  );
}
