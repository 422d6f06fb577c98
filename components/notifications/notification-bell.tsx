"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useEvents } from "@/components/live/use-events";
import { cn } from "@/components/ui/utils";
import { unreadCountAction } from "@/app/(app)/notifications/actions";

/**
 * The bell in the app shell: links to the notification centre and shows the unread count, kept live by
 * the user's own notification.created / notification.read events (the stream sends them to nobody else).
 */
export function NotificationBell({ initialUnread, className }: { initialUnread: number; className?: string }) {
  const [unread, setUnread] = useState(initialUnread);
  const asking = useRef(false);
  const again = useRef(false);
  useEffect(() => setUnread(initialUnread), [initialUnread]);

  const refresh = async () => {
    if (asking.current) {
      again.current = true;
      return;
    }
    asking.current = true;
    do {
      again.current = false;
      const result = await unreadCountAction();
      if (result.ok) setUnread(result.data);
    } while (again.current);
    asking.current = false;
  };
  useEvents(["notification."], () => void refresh());

  const label = unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className={cn(
        "relative inline-flex size-9 items-center justify-center rounded-md text-muted-foreground outline-none transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
        className,
      )}
    >
      <Bell className="size-5" aria-hidden="true" />
      {unread > 0 && (
        <span
          data-testid="notification-count"
          className="absolute -top-0.5 -right-0.5 flex h-4.5 min-w-4.5 items-center justify-center rounded-full bg-destructive px-1 text-[0.6875rem] leading-none font-semibold text-white tabular-nums"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
