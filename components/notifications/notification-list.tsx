"use client";

import { BellOff, CheckCheck } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { RelativeTime } from "@/components/relative-time";
import { EmptyState } from "@/components/shell/empty-state";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/utils";
import { markNotificationsReadAction } from "@/app/(app)/notifications/actions";
import type { NotificationView } from "@/lib/notifications/notifications.service";

/** The notification centre's list: newest first, unread marked; tap one to open it (and mark it read). */
export function NotificationList({ items }: { items: NotificationView[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // Marked here: shown read at once, whatever the refresh of the page brings and when.
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const isRead = (item: NotificationView) => item.read || marked.has(item.id);
  const unreadHere = items.filter((item) => !isRead(item)).length;

  const mark = (ids: string[] | "all") =>
    startTransition(async () => {
      const result = await markNotificationsReadAction({ ids });
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      // "All" covers what this list shows; a notification arriving later comes in unread with the refresh.
      const shown = items.map((item) => item.id);
      setMarked((m) => new Set([...m, ...(ids === "all" ? shown : ids)]));
      router.refresh();
    });

  if (items.length === 0)
    return (
      <EmptyState
        icon={BellOff}
        title="No notifications yet"
        description="Requests, grabs, imports and problems show up here as they happen. Choose what reaches your phone or inbox on your profile."
        action={{ label: "Open your profile", href: "/profile" }}
      />
    );

  return (
    <div className="space-y-3">
      <div className="flex justify-end">
        <Button variant="outline" size="sm" onClick={() => mark("all")} disabled={pending || unreadHere === 0}>
          <CheckCheck aria-hidden="true" />
          Mark all read
        </Button>
      </div>
      <ul className="divide-y overflow-hidden rounded-xl border" aria-label="Notifications">
        {items.map((item) => (
          <li
            key={item.id}
            data-testid="notification-item"
            data-read={isRead(item)}
            className={cn("flex items-start gap-3 px-4 py-3", !isRead(item) && "bg-brand/5 dark:bg-brand/10")}
          >
            <span
              aria-hidden="true"
              className={cn("mt-1.5 size-2 shrink-0 rounded-full", isRead(item) ? "bg-transparent" : "bg-brand")}
            />
            <div className="min-w-0 flex-1 space-y-0.5">
              {item.link ? (
                <Link
                  href={item.link}
                  onClick={() => !isRead(item) && mark([item.id])}
                  className="block font-medium break-words outline-none hover:underline focus-visible:underline"
                >
                  {item.title}
                </Link>
              ) : (
                <p className="font-medium break-words">{item.title}</p>
              )}
              <p className="text-sm break-words text-muted-foreground">{item.body}</p>
              <RelativeTime iso={item.createdAt} className="text-xs text-muted-foreground" />
            </div>
            {!isRead(item) && (
              <Button
                variant="ghost"
                size="sm"
                className="shrink-0"
                onClick={() => mark([item.id])}
                disabled={pending}
                aria-label={`Mark "${item.title}" read`}
              >
                Mark read
              </Button>
            )}
            {isRead(item) && <span className="sr-only">Read</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
