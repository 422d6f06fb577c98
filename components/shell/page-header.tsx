import * as React from "react";

import { cn } from "@/components/ui/utils";

export type PageHeaderProps = {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Buttons or menus shown at the right (below the title on phones). */
  actions?: React.ReactNode;
  className?: string;
};

/** The top of every page: an <h1>, an optional line of description and an actions slot. */
export function PageHeader({ title, description, actions, className }: PageHeaderProps) {
  return (
    <div
      data-slot="page-header"
      className={cn("mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between sm:gap-4", className)}
    >
      <div className="min-w-0 space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight text-balance break-words">{title}</h1>
        {description && <p className="text-sm text-pretty text-muted-foreground">{description}</p>}
      </div>
      {actions && <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}
