import * as React from "react";
import Link from "next/link";
import type { LucideIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/utils";

export type EmptyStateProps = {
  icon: LucideIcon;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** The next step, rendered as a link button. */
  action?: { label: string; href: string; icon?: LucideIcon };
  /** Anything else (a second button, a form); rendered under the action. */
  children?: React.ReactNode;
  className?: string;
};

/** "Nothing here yet, do X next": an icon, a title, a sentence and the next step. */
export function EmptyState({ icon: Icon, title, description, action, children, className }: EmptyStateProps) {
  const ActionIcon = action?.icon;
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-4 rounded-xl border border-dashed px-6 py-12 text-center",
        className,
      )}
    >
      <div className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Icon className="size-6" aria-hidden="true" />
      </div>
      <div className="max-w-md space-y-1.5">
        <h2 className="text-lg font-semibold tracking-tight text-balance">{title}</h2>
        {description && <p className="text-sm text-pretty text-muted-foreground">{description}</p>}
      </div>
      {action && (
        <Button asChild>
          <Link href={action.href}>
            {ActionIcon && <ActionIcon aria-hidden="true" />}
            {action.label}
          </Link>
        </Button>
      )}
      {children}
    </div>
  );
}
