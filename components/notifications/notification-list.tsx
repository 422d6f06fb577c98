"use client";

import { BellOff, CheckCheck } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { RelativeTime } from "@/components/relative-time";
import { EmptyState } from "@/components/shell/empty-state";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/utils";
import { markNotificationsReadAction } from "@/app/(app)/notifications/actions";
import type { NotificationView } from "@/lib/notifications/notifications.service";

/** The notification centre's list: newest first, unread marked; tap one to open it (and mark it read). */
export function NotificationList({ items, unread }: { items: NotificationView[]; unread: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const mark = (ids: string[] | "all") =>
    startTransition(async () => {
      const result = await markNotificationsReadAction({ ids });
      if (!result.ok) toast.error(result.error);
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
        <Button variant="outline" size="sm" onClick={() => mark("all")} disabled={pending || unread === 0}>
          <CheckCheck aria-hidden="true" />
          Mark all read
        </Button>
      </div>
      <ul className="divide-y overflow-hidden rounded-xl border" aria-label="Notifications">
        {items.map((item) => (
          <li
            key={item.id}
            data-testid="notification-item"
            data-read={item.read}
            className={cn("flex items-start gap-3 px-4 py-3", !item.read && "bg-brand/5 dark:bg-brand/10")}
          >
            <span
              aria-hidden="true"
              className={cn("mt-1.5 size-2 shrink-0 rounded-full", item.read ? "bg-transparent" : "bg-brand")}
            />
            <div className="min-w-0 flex-1 space-y-0.5">
              {item.link ? (
                <Link
                  href={item.link}
                  onClick={() => !item.read && mark([item.id])}
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
            {!item.read && (
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
            {item.read && <span className="sr-only">Read</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
