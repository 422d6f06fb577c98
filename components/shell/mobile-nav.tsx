"use client";

import Link from "next/link";
import { EllipsisIcon } from "lucide-react";

import {
  Sheet,
  SheetClose,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
} from "@/components/ui/sheet";
import { cn } from "@/components/ui/utils";
import { isNavItemActive, NAV_ALERT_DOT, type NavItem } from "@/components/shell/nav-items";
import { UserMenu, type ShellUser } from "@/components/shell/user-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Wordmark } from "@/components/shell/wordmark";

/** Phone top bar (below md): wordmark and account menu. */
export function MobileTopBar({ user, unreadNotifications }: { user: ShellUser; unreadNotifications: number }) {
  return (
    <header
      data-slot="mobile-top-bar"
      className="sticky top-0 z-40 border-b bg-background/90 pt-safe px-safe backdrop-blur supports-[backdrop-filter]:bg-background/75 md:hidden"
    >
      <div className="flex h-(--mobile-topbar-height) items-center justify-between gap-2 px-4">
        <Link
          href="/"
          aria-label="Mydia home"
          className="rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <Wordmark />
        </Link>
        <div className="flex items-center gap-1">
          <NotificationBell initialUnread={unreadNotifications} />
          <UserMenu user={user} variant="compact" />
        </div>
      </div>
    </header>
  );
}

const barItemClass =
  "relative flex h-full min-w-0 flex-1 flex-col items-center justify-center gap-1 text-[0.6875rem] font-medium outline-none transition-colors focus-visible:ring-[3px] focus-visible:ring-inset focus-visible:ring-ring/50";

function BarIcon({ item, active }: { item: Pick<NavItem, "icon">; active: boolean }) {
  const Icon = item.icon;
  return (
    <span
      aria-hidden="true"
      className={cn(
        "flex h-7 w-12 items-center justify-center rounded-full transition-colors",
        active && "bg-brand/15 text-brand dark:bg-brand/25 dark:text-foreground",
      )}
    >
      <Icon className="size-5" />
    </span>
  );
}

/**
 * Phone bottom bar (below md): the primary items plus "More", which opens a sheet with the rest.
 * Fixed to the bottom and padded by the safe-area inset; the shell pads the content to match.
 */
export function MobileBottomBar({ items, pathname }: { items: NavItem[]; pathname: string | null }) {
  const primary = items.filter((i) => i.primary);
  const rest = items.filter((i) => !i.primary);
  const moreActive = rest.some((i) => isNavItemActive(pathname, i.href));
  const moreAlert = rest.some((i) => i.alert);

  return (
    <nav
      aria-label="Main"
      data-slot="mobile-bottom-nav"
      className="fixed inset-x-0 bottom-0 z-40 border-t bg-background/95 pb-safe px-safe backdrop-blur supports-[backdrop-filter]:bg-background/90 md:hidden"
    >
      <ul className="flex h-(--mobile-bottombar-height) items-stretch">
        {primary.map((item) => {
          const active = isNavItemActive(pathname, item.href);
          return (
            <li key={item.href} className="flex min-w-0 flex-1">
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(barItemClass, active ? "text-foreground" : "text-muted-foreground hover:text-foreground")}
              >
                <BarIcon item={item} active={active} />
                <span className="max-w-full truncate px-1">{item.label}</span>
              </Link>
            </li>
          );
        })}
        {rest.length > 0 && (
          <li className="flex min-w-0 flex-1">
            <Sheet>
              <SheetTrigger
                className={cn(
                  barItemClass,
                  moreActive ? "text-foreground" : "text-muted-foreground hover:text-foreground",
                )}
              >
                <BarIcon item={{ icon: EllipsisIcon }} active={moreActive} />
                <span>More</span>
                {moreAlert && (
                  <span aria-hidden="true" className={cn(NAV_ALERT_DOT, "absolute top-2 right-[calc(50%-1.25rem)]")} />
                )}
              </SheetTrigger>
              <SheetContent side="bottom" className="gap-0 px-safe">
                <SheetHeader className="pb-2">
                  <SheetTitle>More</SheetTitle>
                  <SheetDescription className="sr-only">Other sections of Mydia</SheetDescription>
                </SheetHeader>
                <ul className="grid grid-cols-1 gap-1 overflow-y-auto px-2 pb-4">
                  {rest.map((item) => {
                    const active = isNavItemActive(pathname, item.href);
                    const Icon = item.icon;
                    return (
                      <li key={item.href}>
                        <SheetClose asChild>
                          <Link
                            href={item.href}
                            aria-current={active ? "page" : undefined}
                            className={cn(
                              "flex h-12 items-center gap-3 rounded-lg px-3 text-sm font-medium outline-none transition-colors hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50",
                              active && "bg-accent text-accent-foreground",
                            )}
                          >
                            <Icon
                              aria-hidden="true"
                              className={cn("size-5", active ? "text-brand" : "text-muted-foreground")}
                            />
                            {item.label}
                            {item.alert && (
                              <span title={item.alert} className={cn(NAV_ALERT_DOT, "ml-auto")}>
                                <span className="sr-only">{item.alert}</span>
                              </span>
                            )}
                          </Link>
                        </SheetClose>
                      </li>
                    );
                  })}
                </ul>
              </SheetContent>
            </Sheet>
          </li>
        )}
      </ul>
    </nav>
  );
}
